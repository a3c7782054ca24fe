using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Disclosure.AnnualReport.Publish;

internal sealed class PublishReportPage(PublishReportHandler handler) : PageModel, IStepPage
{
    public PublishReportRequest Form { get; private set; } = new(null, null);

    public Task<bool> LoadAsync(CancellationToken ct) => Task.FromResult(true);

    public IActionResult OnGet() => Redirect("/workspace/disclosure/annual-report");

    [WhoMay<DisclosureReportPublishedByClerkOrLeader>]
    public async Task<IActionResult> OnPostAsync(PublishReportRequest form, CancellationToken ct)
    {
        Form = form;
        var report = await handler.HandleAsync(User.ToActor(), form, ct);
        TempData["Flash"] = $"已于 {report.PublishedOn:yyyy-MM-dd} 在门户网站公布{report.Title}。";
        return Redirect($"/workspace/disclosure/annual-report?Year={report.Year}");
    }
}
