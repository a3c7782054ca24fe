using Fazhi.Modules.County.Figures;
using Fazhi.Modules.Reports.Contracts;
using Fazhi.Platform.Data;
using Fazhi.Platform.Deadlines.Board;
using Fazhi.Platform.Time;
using Fazhi.Platform.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Fazhi.Modules.County.Console;

/// <summary>
/// The county's dashboard (督察首页): open deadlines at a glance, one figure side by side for every township, the same
/// figure across the last five years, and how each township kept its statutory deadlines over the last twelve months.
/// Every chart is drawn from the same rows as the table beside it; the table is the accessible form of the chart.
/// A county may have thousands of townships (issue 18 §3): the per-township tables and charts show one page of
/// <see cref="DashboardOptions.TownshipsPerPage"/> at a time, the totals and the summary (highest, median, lowest) count
/// them all, and the years table lists each township only while they fit (<see cref="DashboardOptions.ByYearTownshipsInFull"/>),
/// beyond which it links to the indicator's trend, where each township's years are found (ADR 0040).
/// </summary>
internal sealed class IndexModel(FazhiDbContext db, CountyFigures figures, DeadlineBoard deadlines, TimeProvider clock, IOptions<DashboardOptions> options) : PageModel
{
    public const int YearsShown = 5;

    private readonly int _perPage = options.Value.TownshipsPerPage;

    /// <summary>How the comparison is ordered: by division code (the county's own order), or by the value.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Order { get; set; }

    [BindProperty(SupportsGet = true, Name = "fpage")]
    public int FiguresPage { get; set; } = 1;

    [BindProperty(SupportsGet = true, Name = "cpage")]
    public int CompliancePage { get; set; } = 1;

    [BindProperty(SupportsGet = true, Name = "tpage")]
    public int TownshipsPage { get; set; } = 1;

    [BindProperty(SupportsGet = true)]
    [System.ComponentModel.DataAnnotations.Display(Name = "年度")]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Figure { get; set; }

    public string CountyName { get; private set; } = "";

    public string OfficeName { get; private set; } = "";

    public IReadOnlyList<CountyTownship> Townships { get; private set; } = [];

    /// <summary>Every indicator of the report, for the figure picker.</summary>
    public IReadOnlyList<Indicator> Columns { get; private set; } = [];

    public Indicator Chosen { get; private set; } = null!;

    /// <summary>The chosen figure for each township in <see cref="Year"/>, then the county total.</summary>
    public IReadOnlyList<(string Name, Indicator Value)> ByTownship { get; private set; } = [];

    /// <summary>The page of <see cref="ByTownship"/> shown, in the chosen <see cref="Order"/>.</summary>
    public PageOf<(int Rank, string Name, Indicator Value)> ByTownshipPage { get; private set; } = PageOf<(int, string, Indicator)>.Of([], 1, 1);

    public Indicator CountyTotal { get; private set; } = null!;

    /// <summary>The chosen figure across all townships of <see cref="Year"/>: highest, median, lowest.</summary>
    public FigureSpread Spread { get; private set; } = FigureSpread.None;

    /// <summary>The chosen figure by year (oldest first): each township's value, the spread and the county total.</summary>
    public IReadOnlyList<(int Year, IReadOnlyList<Indicator> Townships, FigureSpread Spread, Indicator Total)> ByYear { get; private set; } = [];

    /// <summary>Whether the years table has a column for each township (a small county) or the county's summary.</summary>
    public bool ByYearInFull => Townships.Count <= options.Value.ByYearTownshipsInFull;

    public IReadOnlyList<DeadlineCompliance> Compliance { get; private set; } = [];

    public PageOf<DeadlineCompliance> ComplianceShown { get; private set; } = PageOf<DeadlineCompliance>.Of([], 1, 1);

    public PageOf<CountyTownship> TownshipsShown { get; private set; } = PageOf<CountyTownship>.Of([], 1, 1);

    public DateOnly ComplianceFrom { get; private set; }

    public DateOnly Today { get; private set; }

    public DeadlineCounts Open { get; private set; } = new(0, 0, 0);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Today = ChinaTime.Today(clock);
        // The current year so far: the dashboard follows the work as it happens (the annual reports page compares
        // closed years).
        Year ??= Today.Year;
        if (Year < 2000 || Year > Today.Year)
        {
            ModelState.AddModelError(nameof(Year), $"年度应在 2000 至 {Today.Year} 之间。");
            Year = Today.Year;
        }

        var county = await db.Set<Organization.County>().AsNoTracking().SingleAsync(c => c.Id == db.Tenant.CountyId, ct);
        CountyName = county.Name;
        OfficeName = county.OfficeName;
        Townships = await figures.TownshipsAsync(ct);

        var years = Enumerable.Range(Year.Value - YearsShown + 1, YearsShown).ToList();
        var ids = Townships.Select(t => t.Id).ToList();
        // Configured ledgers differ by township: the columns are every indicator any township states, in report order.
        var (columns, chosen, ofTheYear) = await figures.OneOfYearAsync(ids, Year.Value, offered =>
            offered.FirstOrDefault(c => c.Key == Figure)
            ?? offered.FirstOrDefault(c => c.Key == "enforcement.cases-filed")
            ?? (offered.Count > 0 ? offered[0] : null)
            ?? new Indicator("none", "（无指标）", "", null, "", ""), ct);
        Columns = columns;
        Chosen = chosen;
        Figure = Chosen.Key;
        var byYear = new Dictionary<int, IReadOnlyDictionary<Guid, Indicator?>> { [Year.Value] = ofTheYear };
        // The earlier years need the chosen figure only: its own source answers for them.
        foreach (var y in years.Where(y => y != Year.Value))
        {
            byYear[y] = await figures.OneAsync(ids, y, Chosen.Key, ct);
        }

        // A township that does not state the figure (a ledger it does not keep) shows “—”, not zero.
        var none = Chosen with { Value = null, Part = null, Whole = null };
        IReadOnlyList<Indicator> ValuesOf(int y) => [.. Townships.Select(t => byYear[y].GetValueOrDefault(t.Id) ?? none)];

        var ofYear = ValuesOf(Year.Value);
        ByTownship = [.. Townships.Select((t, i) => (t.Name, ofYear[i]))];
        CountyTotal = CountyFigures.Total(Chosen, ofYear);
        Spread = FigureSpread.Of(ByTownship);
        ByYear = [.. years.Select(y =>
        {
            var values = ValuesOf(y);
            return (y, values, FigureSpread.Of([.. Townships.Select((t, i) => (t.Name, values[i]))]), CountyFigures.Total(Chosen, values));
        })];
        Order = Order is "high" or "low" ? Order : "code";
        // Ranked by value, a township without a value (“—”) comes last either way, then in the county's own order.
        var ordered = ByTownship.Select((r, i) => (Rank: i + 1, r.Name, r.Value));
        ordered = Order switch
        {
            "high" => ordered.OrderBy(r => r.Value.Value is null).ThenByDescending(r => r.Value.Value).ThenBy(r => r.Rank),
            "low" => ordered.OrderBy(r => r.Value.Value is null).ThenBy(r => r.Value.Value).ThenBy(r => r.Rank),
            _ => ordered,
        };
        ByTownshipPage = PageOf<(int, string, Indicator)>.Of([.. ordered.Select((r, i) => (i + 1, r.Name, r.Value))], FiguresPage, _perPage);
        FiguresPage = ByTownshipPage.Page;

        (ComplianceFrom, var complianceTo) = DeadlineBoard.LastTwelveMonths(Today);
        Compliance = await deadlines.ComplianceAsync(ComplianceFrom, complianceTo, ct);
        ComplianceShown = PageOf<DeadlineCompliance>.Of(Compliance, CompliancePage, _perPage);
        CompliancePage = ComplianceShown.Page;
        TownshipsShown = PageOf<CountyTownship>.Of(Townships, TownshipsPage, _perPage);
        TownshipsPage = TownshipsShown.Page;
        Open = await deadlines.CountsAsync(ct);
        return Page();
    }

    /// <summary>A value of the chosen figure as its tables show it (“—” for none).</summary>
    public string Show(decimal? value) => (Chosen with { Value = value, Part = null, Whole = null }).FormattedValue;

    /// <summary>This dashboard with one pager moved to <paramref name="page"/>, every other choice kept.</summary>
    public string PageLink(string pager, int page)
    {
        var query = new Dictionary<string, string?>
        {
            ["year"] = Year?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["figure"] = Figure,
            ["order"] = Order,
            ["fpage"] = FiguresPage.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["cpage"] = CompliancePage.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["tpage"] = TownshipsPage.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        query[pager] = page.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/county", query) + "#h-" + pager;
    }

    /// <summary>What the figure charts draw: the same rows as the tables (read by county-charts.js).</summary>
    public object FigureChart => new
    {
        kind = "bar",
        unit = Chosen.Unit,
        categories = ByTownshipPage.Rows.Select(r => r.Name),
        series = new[] { new { name = $"{Year}年", data = ByTownshipPage.Rows.Select(r => r.Value.Value) } },
    };

    /// <summary>Each township's line while they fit; for a large county the total's line (an average has none: the median's).</summary>
    public object YearChart => new
    {
        kind = "line",
        unit = Chosen.Unit,
        categories = ByYear.Select(r => $"{r.Year}年"),
        series = ByYearInFull
            ? Townships.Select((t, i) => new { name = t.Name, data = ByYear.Select(r => r.Townships[i].Value) }).ToList()
            : Chosen.IsAverage
                ? [new { name = "乡镇中位数", data = ByYear.Select(r => r.Spread.Median) }]
                : [new { name = "全县合计", data = ByYear.Select(r => r.Total.Value) }],
    };

    public object ComplianceChart => new
    {
        kind = "stacked",
        unit = "项",
        categories = ComplianceShown.Rows.Select(c => c.TownshipName),
        series = new[]
        {
            new { name = "按期办结", color = "#198754", data = ComplianceShown.Rows.Select(c => c.Met) },
            new { name = "逾期办结", color = "#cc8a00", data = ComplianceShown.Rows.Select(c => c.MetLate) },
            new { name = "逾期未办结", color = "#c62828", data = ComplianceShown.Rows.Select(c => c.Overdue) },
        },
    };
}
