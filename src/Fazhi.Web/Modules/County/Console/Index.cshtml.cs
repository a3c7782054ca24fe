using Fazhi.Modules.County.Figures;
using Fazhi.Modules.Reports.Contracts;
using Fazhi.Platform.Data;
using Fazhi.Platform.Deadlines.Board;
using Fazhi.Platform.Time;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.County.Console;

/// <summary>
/// The county's dashboard (督察首页): open deadlines at a glance, one figure side by side for every township, the same
/// figure across the last five years, and how each township kept its statutory deadlines over the last twelve months.
/// Every chart is drawn from the same rows as the table beside it; the table is the accessible form of the chart.
/// </summary>
internal sealed class IndexModel(FazhiDbContext db, CountyFigures figures, DeadlineBoard deadlines, TimeProvider clock) : PageModel
{
    public const int YearsShown = 5;

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

    public Indicator CountyTotal { get; private set; } = null!;

    /// <summary>The chosen figure by year (oldest first): each township's value and the county total.</summary>
    public IReadOnlyList<(int Year, IReadOnlyList<Indicator> Townships, Indicator Total)> ByYear { get; private set; } = [];

    public IReadOnlyList<DeadlineCompliance> Compliance { get; private set; } = [];

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
        var byYear = new Dictionary<int, List<List<Indicator>>>();
        var ids = Townships.Select(t => t.Id).ToList();
        var ofTheYear = await figures.ForYearAsync(ids, Year.Value, ct);
        byYear[Year.Value] = [.. Townships.Select(t => ofTheYear[t.Id])];

        // Configured ledgers differ by township: the columns are every indicator any township states, in report order.
        Columns = [.. byYear[Year.Value].SelectMany(row => row).DistinctBy(i => i.Key)];
        Chosen = Columns.FirstOrDefault(c => c.Key == Figure)
            ?? Columns.FirstOrDefault(c => c.Key == "enforcement.cases-filed")
            ?? (Columns.Count > 0 ? Columns[0] : null)
            ?? new Indicator("none", "（无指标）", "", null, "", "");
        Figure = Chosen.Key;
        // The earlier years need the chosen figure only: its own source answers for them.
        foreach (var y in years.Where(y => y != Year.Value))
        {
            var figuresOfYear = await figures.ForYearAsync(ids, y, ct, onlyKey: Chosen.Key);
            byYear[y] = [.. Townships.Select(t => figuresOfYear[t.Id])];
        }

        Indicator Pick(List<Indicator> row) => row.FirstOrDefault(i => i.Key == Chosen.Key) ?? Chosen with { Value = null, Part = null, Whole = null };

        ByTownship = [.. Townships.Select((t, i) => (t.Name, Pick(byYear[Year.Value][i])))];
        CountyTotal = CountyFigures.Total(Chosen, [.. ByTownship.Select(r => r.Value)]);
        ByYear = [.. years.Select(y =>
        {
            IReadOnlyList<Indicator> values = [.. byYear[y].Select(Pick)];
            return (y, values, CountyFigures.Total(Chosen, values));
        })];

        (ComplianceFrom, var complianceTo) = DeadlineBoard.LastTwelveMonths(Today);
        Compliance = await deadlines.ComplianceAsync(ComplianceFrom, complianceTo, ct);
        Open = await deadlines.CountsAsync(ct);
        return Page();
    }

    /// <summary>What the figure charts draw: the same rows as the tables (read by county-charts.js).</summary>
    public object FigureChart => new
    {
        kind = "bar",
        unit = Chosen.Unit,
        categories = ByTownship.Select(r => r.Name),
        series = new[] { new { name = $"{Year}年", data = ByTownship.Select(r => r.Value.Value) } },
    };

    public object YearChart => new
    {
        kind = "line",
        unit = Chosen.Unit,
        categories = ByYear.Select(r => $"{r.Year}年"),
        series = Townships.Select((t, i) => new { name = t.Name, data = ByYear.Select(r => r.Townships[i].Value) }),
    };

    public object ComplianceChart => new
    {
        kind = "stacked",
        unit = "项",
        categories = Compliance.Select(c => c.TownshipName),
        series = new[]
        {
            new { name = "按期办结", color = "#198754", data = Compliance.Select(c => c.Met) },
            new { name = "逾期办结", color = "#cc8a00", data = Compliance.Select(c => c.MetLate) },
            new { name = "逾期未办结", color = "#c62828", data = Compliance.Select(c => c.Overdue) },
        },
    };
}
