using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Disclosure.AnnualReport.Approve;

internal sealed class ApproveReportPage(ApproveReportHandler handler) : PageModel, IStepPage
{
    public ApproveReportRequest Form { get; private set; } = new(null);

    public Task<bool> LoadAsync(CancellationToken ct) => Task.FromResult(true);

    public IActionResult OnGet() => Redirect("/workspace/disclosure/annual-report");

    [WhoMay<DisclosureReportApprovedByLeader>]
    public async Task<IActionResult> OnPostAsync(ApproveReportRequest form, CancellationToken ct)
    {
        Form = form;
        var report = await handler.HandleAsync(User.ToActor(), form, ct);
        TempData["Flash"] = $"已审定{report.Title}。";
        return Redirect($"/workspace/disclosure/annual-report?Year={report.Year}");
    }
}
