using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Leadership.ImportLedger;

internal sealed class ImportLedgerPage(ImportLedgerHandler handler) : PageModel
{
    public LedgerImportReport? Report { get; private set; }

    public IActionResult OnGet() => Page();

    [WhoMay<LeadershipRecordsKeptByClerkOrLeader>]
    public async Task<IActionResult> OnPostAsync(IFormFile? file, CancellationToken ct)
    {
        if (file is null || file.Length == 0)
        {
            ModelState.AddModelError("file", "请选择要导入的 Excel 文件（.xlsx）。");
            return Page();
        }

        await using var stream = file.OpenReadStream();
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, ct);
        buffer.Position = 0;
        Report = await handler.HandleAsync(User.ToActor(), buffer, ct);
        return Page();
    }
}
