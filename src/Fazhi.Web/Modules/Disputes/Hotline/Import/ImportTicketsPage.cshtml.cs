using System.ComponentModel.DataAnnotations;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Disputes.Hotline.Import;

internal sealed class ImportTicketsPage(ImportTicketsHandler handler) : PageModel, IStepPage
{
    [BindProperty]
    [Required(ErrorMessage = "请选择要导入的工单表（.xlsx 或 .csv）。")]
    public IFormFile? Sheet { get; set; }

    [WhoMay<TicketsImportedByClerkOrLeader>]
    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await using var stream = Sheet!.OpenReadStream();
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, ct);
        buffer.Position = 0;
        var result = await handler.HandleAsync(User.ToActor(), buffer, Sheet.FileName, ct);
        TempData["Flash"] = $"已导入工单表 {result.Rows} 条：新登记 {result.Added} 条，已登记过的 {result.AlreadyReceived} 条未重复登记。请逐条派单。";
        return Redirect("/workspace/disputes/hotline");
    }

    public Task<bool> LoadAsync(CancellationToken ct) => Task.FromResult(true);
}
