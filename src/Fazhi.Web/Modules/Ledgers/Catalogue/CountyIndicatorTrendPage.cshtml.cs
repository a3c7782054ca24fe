using Fazhi.Modules.Organization;
using Fazhi.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Ledgers.Catalogue;

/// <summary>
/// 指标趋势 of the county (issue 18 §6): one indicator across five years for every township of the county side by side,
/// with the county total (rates recomputed from the summed counts), a chart and its table.
/// </summary>
internal sealed class CountyIndicatorTrendPage(IndicatorTrend trends, FazhiDbContext db, TimeProvider clock) : PageModel
{
    public int Year { get; private set; }

    public IReadOnlyList<string> Townships { get; private set; } = [];

    public Trend Trend { get; private set; } = new(null, "", []);

    public async Task<IActionResult> OnGetAsync(string? key, int? year, CancellationToken ct)
    {
        Year = TrendYears.Last(year, clock);
        var countyId = db.Tenant.CountyId;
        var townships = await db.Set<Township>().AsNoTracking().Where(t => t.CountyId == countyId).OrderBy(t => t.DivisionCode)
            .Select(t => new { t.Id, t.Name }).ToListAsync(ct);
        Townships = [.. townships.Select(t => t.Name)];
        Trend = await trends.ForTownshipsAsync([.. townships.Select(t => t.Id)], key ?? "", Year, ct);
        return Trend.Indicator is null ? NotFound() : Page();
    }

    /// <summary>What the chart draws: a line per township, the same rows as the table (read by county-charts.js).</summary>
    public object Chart => new
    {
        kind = "line",
        unit = Trend.Indicator!.Unit,
        categories = Trend.Years.Select(y => $"{y.Year}年"),
        series = Townships.Select((name, i) => new { name, data = Trend.Years.Select(y => y.Townships[i].Value) }),
    };
}
