using Fazhi.Modules.Leadership.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Leadership.RecordCountyReport;

internal sealed class RecordCountyReportPage(RecordCountyReportHandler handler, TimeProvider clock) : PageModel
{
    public RecordCountyReportRequest Form { get; private set; } = null!;

    public IActionResult OnGet()
    {
        Form = RecordCountyReportRequest.Blank(Platform.Time.ChinaTime.Today(clock));
        return Page();
    }

    [WhoMay<LeadershipRecordsKeptByClerkOrLeader>]
    public async Task<IActionResult> OnPostAsync(RecordCountyReportRequest form, CancellationToken ct)
    {
        Form = form;
        var r = await handler.HandleAsync(User.ToActor(), form, ct);
        TempData["Flash"] = $"已登记{r.ReportedOn:yyyy-MM-dd}向{r.Recipient}报送的{LeadershipLabels.Report(r.Kind)}。";
        return Redirect($"/workspace/leadership?Year={r.ReportedOn.Year}");
    }
}
