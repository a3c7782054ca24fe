using Fazhi.Modules.Organization;
using Fazhi.Platform.Data;
using Fazhi.Platform.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Ledgers.Catalogue;

/// <summary>
/// 指标趋势 of the county (issue 18 §6): one indicator across five years for every township of the county side by side,
/// with the county total (rates recomputed from the summed counts), a chart and its table. A county of thousands of
/// townships reads them <see cref="TownshipsPerPage"/> at a time, or finds one by name; the total counts them all.
/// </summary>
internal sealed class CountyIndicatorTrendPage(IndicatorTrend trends, FazhiDbContext db, TimeProvider clock) : PageModel
{
    /// <summary>Townships side by side on one page: as many as a table and a chart of lines can show legibly.</summary>
    public const int TownshipsPerPage = 12;

    public int Year { get; private set; }

    public string Key { get; private set; } = "";

    public IReadOnlyList<string> Townships { get; private set; } = [];

    /// <summary>The part of a township's name searched for (乡镇名称), or empty for every township.</summary>
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true, Name = "tpage")]
    public int TownshipsPage { get; set; } = 1;

    /// <summary>The townships the page shows (their places in <see cref="Townships"/>) of those the search matched.</summary>
    public PageOf<int> Shown { get; private set; } = PageOf<int>.Of([], 1, 1);

    /// <summary>This trend with the townships' page moved, the indicator, year and search kept.</summary>
    public string PageLink(int page) => Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/county/indicators/trend", new Dictionary<string, string?>
    {
        ["key"] = Key,
        ["year"] = Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["q"] = string.IsNullOrWhiteSpace(Search) ? null : Search.Trim(),
        ["tpage"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
    });

    public Trend Trend { get; private set; } = new(null, "", []);

    public async Task<IActionResult> OnGetAsync(string? key, int? year, CancellationToken ct)
    {
        Year = TrendYears.Last(year, clock);
        var countyId = db.Tenant.CountyId;
        var townships = await db.Set<Township>().AsNoTracking().Where(t => t.CountyId == countyId).OrderBy(t => t.DivisionCode)
            .Select(t => new { t.Id, t.Name }).ToListAsync(ct);
        Townships = [.. townships.Select(t => t.Name)];
        Key = key ?? "";
        Trend = await trends.ForTownshipsAsync([.. townships.Select(t => t.Id)], Key, Year, ct);
        var search = Search?.Trim() ?? "";
        var matching = Enumerable.Range(0, Townships.Count).Where(i => search.Length == 0 || Townships[i].Contains(search, StringComparison.Ordinal)).ToList();
        Shown = PageOf<int>.Of(matching, TownshipsPage, TownshipsPerPage);
        TownshipsPage = Shown.Page;
        return Trend.Indicator is null ? NotFound() : Page();
    }

    /// <summary>What the chart draws: a line per township shown, the same rows as the table (read by county-charts.js).</summary>
    public object Chart => new
    {
        kind = "line",
        unit = Trend.Indicator!.Unit,
        categories = Trend.Years.Select(y => $"{y.Year}年"),
        series = Shown.Rows.Select(i => new { name = Townships[i], data = Trend.Years.Select(y => y.Townships[i].Value) }),
    };
}
