using Fazhi.Modules.Organization;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Time;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Disclosure.AnnualReport;

/// <summary>政府信息公开工作年度报告 of the signed-in township for a year, drafted from the register and the catalogue; DOCX export.</summary>
internal sealed class DisclosureAnnualReportPage(DisclosureAnnualQuery query, FazhiDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    public string Government { get; private set; } = "";

    public DisclosureAnnualFigures Figures { get; private set; } = null!;

    public IReadOnlyList<ReportTable> Tables { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : Forbid();

    public async Task<IActionResult> OnGetDocxAsync(CancellationToken ct) =>
        await LoadAsync(ct)
            ? File(DisclosureAnnualReport.Write(Government, Figures), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", $"{DisclosureAnnualReport.Title(Government, Figures.Year)}.docx")
            : Forbid();

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (User.ToActor().TownshipId is not { } townshipId)
        {
            return false;
        }

        // The report covers the last full year by default: it is drafted in January (第49条).
        var year = Year is { } y && y is >= 2019 and <= 2100 ? y : ChinaTime.Today(clock).Year - 1;
        Government = await db.Set<Township>().Where(t => t.Id == townshipId).Select(t => t.GovernmentName).SingleAsync(ct);
        Figures = await query.ForAsync(townshipId, year, ct);
        Tables = DisclosureAnnualReport.Tables(Figures);
        Year = year;
        return true;
    }
}
