using Fazhi.Modules.Disclosure.AnnualReport;
using Fazhi.Modules.Disclosure.Model;
using Fazhi.Modules.Organization;
using Fazhi.Platform.Caching;
using Fazhi.Platform.Data;
using Fazhi.Platform.Tenancy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Disclosure.Portal;

/// <summary>
/// The township's published 政府信息公开工作年度报告 (第49条 向社会公布): every published year, the chosen one (default the
/// latest) with its overview and tables as approved, and its Word file. Only published reports (PublicQueries).
/// </summary>
[OutputCache(PolicyName = PortalOutputCache.Policy)]
internal sealed class PortalAnnualReportsPage(FazhiDbContext db) : PageModel
{
    public Township Township { get; private set; } = null!;

    public IReadOnlyList<(int Year, DateOnly PublishedOn)> Years { get; private set; } = [];

    public DisclosureReport? Report { get; private set; }

    public IReadOnlyList<ReportTable> Tables { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string code, int? year, CancellationToken ct)
    {
        if (!await LoadAsync(code, year, ct))
        {
            return NotFound();
        }

        return year is not null && Report is null ? NotFound() : Page();
    }

    public async Task<IActionResult> OnGetDocxAsync(string code, int? year, CancellationToken ct) =>
        await LoadAsync(code, year, ct) && Report is { } r
            ? File(r.Docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", $"{r.Title}.docx")
            : NotFound();

    private async Task<bool> LoadAsync(string code, int? year, CancellationToken ct)
    {
        if (await db.Set<Township>().AsNoTracking().SingleOrDefaultAsync(t => t.DivisionCode == code, ct) is not { } township)
        {
            return false;
        }

        Township = township;
        var published = db.Published<DisclosureReport>().AsNoTracking().Where(r => r.TownshipId == township.Id);
        Years = (await published.OrderByDescending(r => r.Year).Select(r => new { r.Year, r.PublishedOn }).ToListAsync(ct)).Select(r => (r.Year, r.PublishedOn!.Value)).ToList();
        var chosen = year ?? (Years.Count > 0 ? Years[0].Year : null);
        Report = chosen is { } y ? await published.SingleOrDefaultAsync(r => r.Year == y, ct) : null;
        Tables = Report is null ? [] : DisclosureReportDesk.Tables(Report);
        return true;
    }
}
