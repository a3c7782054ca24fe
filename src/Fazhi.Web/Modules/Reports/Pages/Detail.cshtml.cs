using Fazhi.Modules.Reports.Contracts;
using Fazhi.Modules.Reports.Drafting;
using Fazhi.Modules.Reports.Pdf;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Deadlines;
using Fazhi.Platform.ErrorHandling;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Reports.Pages;

/// <summary>
/// One year's report: a version's text, the figures it was drafted from (each linked to its records), part 二
/// suggestions, the versions, and the steps — redraft figures, approve (leader), publish, submit to the county.
/// </summary>
internal sealed class DetailModel(FazhiDbContext db, ReportWorkflow workflow, IDeadlines deadlines, PdfEngine pdf, RequiredIndicatorCheck requiredCheck) : PageModel
{
    public AnnualReport Report { get; private set; } = null!;

    public AnnualReportVersion Shown { get; private set; } = null!;

    public IReadOnlyList<IndicatorGroup> Indicators { get; private set; } = [];

    public IReadOnlyList<ShortcomingHint> Hints { get; private set; } = [];

    /// <summary>The indicators the county requires that this draft does not state (issue 18 §2).</summary>
    public IReadOnlyList<RequiredIndicatorWarning> RequiredWarnings { get; private set; } = [];

    public IReadOnlyList<DeadlineInfo> Deadlines { get; private set; } = [];

    public List<(ReportFileKind Kind, int Version, int Size)> Files { get; private set; } = [];

    public string? PdfProblem { get; private set; }

    public bool IsLeader => May<ReportApprovedByLeader>();

    /// <summary>Whether the signed-in person may take the step <typeparamref name="TRule"/> names: the page offers only those steps.</summary>
    public bool May<TRule>() where TRule : WhoMayRule, new() => WhoMayRule.Of<TRule>().Admits(User.ToActor());

    private Guid TownshipId => db.Tenant.TownshipId!.Value;

    public async Task<IActionResult> OnGetAsync(int year, int? v, CancellationToken ct) =>
        await LoadAsync(year, v, ct) ? Page() : NotFound();

    /// <summary>The DOCX of the shown version (the published file once published).</summary>
    public async Task<IActionResult> OnGetDocxAsync(int year, int? v, CancellationToken ct)
    {
        if (!await LoadAsync(year, v, ct))
        {
            return NotFound();
        }

        var stored = await StoredFileAsync(ReportFileKind.Docx, Shown.Number, ct);
        return File(stored ?? ReportWorkflow.Layout(Shown), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", $"{Shown.Title}（第{Shown.Number}稿）.docx");
    }

    public async Task<IActionResult> OnGetPdfAsync(int year, int? v, CancellationToken ct)
    {
        if (!await LoadAsync(year, v, ct))
        {
            return NotFound();
        }

        var stored = await StoredFileAsync(ReportFileKind.Pdf, Shown.Number, ct);
        if (stored is null)
        {
            var converted = await pdf.ConvertAsync(ReportWorkflow.Layout(Shown), ct);
            if (converted.Pdf is null)
            {
                ModelState.AddModelError("", converted.Problem!);
                return Page();
            }

            stored = converted.Pdf;
        }

        return File(stored, "application/pdf", $"{Shown.Title}（第{Shown.Number}稿）.pdf");
    }

    [WhoMay<ReportDraftedByClerkOrLeader>]
    public Task<IActionResult> OnPostRedraftAsync(int year, CancellationToken ct) =>
        RunAsync(year, () => workflow.RedraftFiguresAsync(TownshipId, year, IndexModel.Actor(User), ct), "已按最新记录重新生成“主要举措和成效”，保存为新版本。", ct);

    [WhoMay<ReportApprovedByLeader>]
    public Task<IActionResult> OnPostApproveAsync(int year, CancellationToken ct) =>
        RunAsync(year, () => workflow.ApproveAsync(TownshipId, year, IndexModel.Actor(User), ct), "报告已审定。", ct);

    [WhoMay<ReportPublishedByClerkOrLeader>]
    public Task<IActionResult> OnPostPublishAsync(int year, CancellationToken ct) =>
        RunAsync(year, async () =>
        {
            var problem = await workflow.PublishAsync(TownshipId, year, IndexModel.Actor(User), ct);
            if (problem is not null)
            {
                TempData["Flash"] = "报告已在门户公开（仅 DOCX）。" + problem + "安装后可在本页“生成公开稿 PDF”。";
            }
        }, "报告已在门户“法治政府建设年度报告”栏目公开（DOCX 与 PDF）。", ct);

    /// <summary>The PDF of a report published without one (the engine was missing then): made once and kept.</summary>
    [WhoMay<PublishedPdfMadeByClerkOrLeader>]
    public async Task<IActionResult> OnPostMakePdfAsync(int year, CancellationToken ct)
    {
        string? problem = null;
        var result = await RunAsync(year, async () => problem = await workflow.MakeMissingPdfAsync(TownshipId, year, User.ToActor(), ct), "已生成公开稿 PDF 并保存，门户即提供下载。", ct);
        if (problem is null)
        {
            return result;
        }

        // The engine is still missing: nothing was saved; say what to install, as publication does.
        TempData.Remove("Flash");
        ModelState.AddModelError("", problem);
        await LoadAsync(year, null, ct);
        return Page();
    }

    /// <summary>The report is public but its PDF was never made: the page offers whoever may make it to do so, once.</summary>
    public bool PublishedPdfMissing => Report.Status == ReportStatus.Published
        && !Files.Any(f => f.Kind == ReportFileKind.Pdf && f.Version == Report.ApprovedVersion)
        && WhoMayRule.Of<PublishedPdfMadeByClerkOrLeader>().Admits(User.ToActor());

    [WhoMay<ReportSubmittedByClerkOrLeader>]
    public Task<IActionResult> OnPostSubmitAsync(int year, CancellationToken ct) =>
        RunAsync(year, () => workflow.SubmitToCountyAsync(TownshipId, year, IndexModel.Actor(User), ct), "报告已报送县委、县政府（抄送县委依法治县办）。", ct);

    private async Task<IActionResult> RunAsync(int year, Func<Task> step, string done, CancellationToken ct)
    {
        if (await workflow.FindAsync(TownshipId, year, ct) is null)
        {
            return NotFound();
        }

        try
        {
            TempData["Flash"] = done;
            await step();
            return Redirect($"/workspace/reports/{year}");
        }
        catch (BusinessRuleException e)
        {
            TempData.Remove("Flash");
            db.ChangeTracker.Clear();
            ModelState.AddModelError("", e.Message);
            await LoadAsync(year, null, ct);
            return Page();
        }
    }

    private async Task<byte[]?> StoredFileAsync(ReportFileKind kind, int version, CancellationToken ct) =>
        await db.Set<AnnualReportFile>().Where(f => f.ReportId == Report.Id && f.Kind == kind && f.VersionNumber == version)
            .Select(f => f.Content).FirstOrDefaultAsync(ct);

    private async Task<bool> LoadAsync(int year, int? v, CancellationToken ct)
    {
        var report = await workflow.FindAsync(TownshipId, year, ct);
        if (report is null)
        {
            return false;
        }

        Report = report;
        var shown = v is { } n ? report.Versions.SingleOrDefault(x => x.Number == n) : report.Approved ?? report.Latest;
        if (shown is null)
        {
            return false;
        }

        Shown = shown;
        Indicators = await workflow.IndicatorsAsync(TownshipId, year, ct);
        Hints = await workflow.HintsAsync(TownshipId, year, ct);
        RequiredWarnings = await requiredCheck.WarningsAsync(year, Indicators, ct);
        Deadlines = await deadlines.ForSubjectAsync(report.Id, ct);
        Files = (await db.Set<AnnualReportFile>().Where(f => f.ReportId == report.Id)
            .Select(f => new { f.Kind, f.VersionNumber, f.Content.Length }).ToListAsync(ct))
            .Select(f => (f.Kind, f.VersionNumber, f.Length)).ToList();
        PdfProblem = pdf.MissingPrerequisite();
        return true;
    }
}
