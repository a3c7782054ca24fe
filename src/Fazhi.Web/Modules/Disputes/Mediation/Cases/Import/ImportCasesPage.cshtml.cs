using System.ComponentModel.DataAnnotations;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Disputes.Mediation.Cases.Import;

internal sealed class ImportCasesPage(ImportCasesHandler handler) : PageModel, IStepPage
{
    [BindProperty]
    [Required(ErrorMessage = "请选择要导入的调解台账（.xlsx）。")]
    public IFormFile? Sheet { get; set; }

    [WhoMay<CasesImportedByClerkOrLeader>]
    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await using var stream = Sheet!.OpenReadStream();
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, ct);
        buffer.Position = 0;
        var r = await handler.HandleAsync(User.ToActor(), buffer, ct);
        TempData["Flash"] = $"已导入调解案件 {r.Rows} 件：调解成功 {r.Agreed} 件（书面 {r.Written} 件，口头 {r.Oral} 件），终结 {r.Ended} 件，在调 {r.Open} 件。";
        return Redirect("/workspace/disputes/mediation/cases");
    }

    public Task<bool> LoadAsync(CancellationToken ct) => Task.FromResult(true);
}
