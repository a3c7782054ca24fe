using Fazhi.Modules.Organization;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Time;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Disclosure.AnnualReport;

/// <summary>政府信息公开工作年度报告 of the signed-in township for a year, drafted from the register and the catalogue; DOCX export.</summary>
internal sealed class DisclosureAnnualReportPage(DisclosureAnnualQuery query, DisclosureReportDesk desk, FazhiDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    public string Government { get; private set; } = "";

    public string DivisionCode { get; private set; } = "";

    public DisclosureAnnualFigures Figures { get; private set; } = null!;

    public IReadOnlyList<ReportTable> Tables { get; private set; } = [];

    /// <summary>The approved (and perhaps published) report of the year, if a leader approved it.</summary>
    public Model.DisclosureReport? Approved { get; private set; }

    public DateOnly DueDate { get; private set; }

    public DateOnly Today { get; private set; }

    public bool MayApprove => Fazhi.Platform.Procedures.WhoMayRule.Of<Approve.DisclosureReportApprovedByLeader>().Admits(User.ToActor());

    public bool MayPublish => Fazhi.Platform.Procedures.WhoMayRule.Of<Publish.DisclosureReportPublishedByClerkOrLeader>().Admits(User.ToActor());

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : Forbid();

    /// <summary>The approved Word file once a leader approved the report (what is published), the draft from the records before.</summary>
    public async Task<IActionResult> OnGetDocxAsync(CancellationToken ct) =>
        await LoadAsync(ct)
            ? File(Approved?.Docx ?? DisclosureAnnualReport.Write(Government, Figures), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", $"{DisclosureAnnualReport.Title(Government, Figures.Year)}.docx")
            : Forbid();

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (User.ToActor().TownshipId is not { } townshipId)
        {
            return false;
        }

        // The report covers the last full year by default: it is drafted in January (第49条).
        var year = Year is { } y && y is >= 2019 and <= 2100 ? y : ChinaTime.Today(clock).Year - 1;
        var township = await db.Set<Township>().Where(t => t.Id == townshipId).Select(t => new { t.GovernmentName, t.DivisionCode }).SingleAsync(ct);
        Government = township.GovernmentName;
        DivisionCode = township.DivisionCode;
        Figures = await query.ForAsync(townshipId, year, ct);
        Approved = await db.Set<Model.DisclosureReport>().AsNoTracking().SingleOrDefaultAsync(r => r.TownshipId == townshipId && r.Year == year, ct);
        Tables = Approved is null ? DisclosureAnnualReport.Tables(Figures) : DisclosureReportDesk.Tables(Approved);
        DueDate = desk.DueDate(year);
        Today = desk.Today;
        Year = year;
        return true;
    }
}
