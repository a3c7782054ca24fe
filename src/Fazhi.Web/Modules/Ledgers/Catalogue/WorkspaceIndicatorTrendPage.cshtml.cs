using Fazhi.Platform.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Ledgers.Catalogue;

/// <summary>指标趋势 of the township (issue 18 §6): one indicator of its own records across five years, a chart and its table.</summary>
internal sealed class WorkspaceIndicatorTrendPage(IndicatorTrend trends, TimeProvider clock) : PageModel
{
    public int Year { get; private set; }

    public Trend Trend { get; private set; } = new(null, "", []);

    public async Task<IActionResult> OnGetAsync(string? key, int? year, CancellationToken ct)
    {
        Year = TrendYears.Last(year, clock);
        // The township reads its own records only: the page takes no township, the signed-in user's is the one.
        Trend = await trends.ForTownshipsAsync([User.ToActor().TownshipId!.Value], key ?? "", Year, ct);
        return Trend.Indicator is null ? NotFound() : Page();
    }

    /// <summary>What the chart draws: the same rows as the table (read by county-charts.js).</summary>
    public object Chart => new
    {
        kind = Trend.Indicator!.IsRate || Trend.Indicator.IsAverage ? "line" : "bar",
        unit = Trend.Indicator.Unit,
        categories = Trend.Years.Select(y => $"{y.Year}年"),
        series = new[] { new { name = Trend.Indicator.Label, data = Trend.Years.Select(y => y.Townships[0].Value) } },
    };
}

/// <summary>The last year a trend shows: the one asked for when it is a year with records to read, else this year.</summary>
internal static class TrendYears
{
    public static int Last(int? year, TimeProvider clock)
    {
        var today = Platform.Time.ChinaTime.Today(clock);
        return year is >= 2000 && year <= today.Year ? year.Value : today.Year;
    }
}
