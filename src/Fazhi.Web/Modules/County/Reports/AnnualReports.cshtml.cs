using Fazhi.Modules.Reports.Contracts;
using Fazhi.Modules.County.Console;
using Fazhi.Modules.County.Figures;
using Fazhi.Platform.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using MiniExcel = MiniExcelLibs.MiniExcel;

namespace Fazhi.Modules.County.Reports;

/// <summary>
/// The county's view of the townships' annual reports for a year (督察工作规定: reports to 上一级党委和政府, 抄送依法治县办):
/// each township's status, its figures side by side with the county totals (counts summed; rates recomputed from the
/// summed counts), a chart, and an Excel export. A county of thousands of townships reads the page a page of townships
/// at a time (<see cref="DashboardOptions.TownshipsPerPage"/>); the totals and the Excel count and list every township.
/// </summary>
internal sealed class AnnualReportsModel(CountyFigures countyFigures, IAnnualReportSummaries summaries, TimeProvider clock, IOptions<DashboardOptions> options) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Chart { get; set; }

    [BindProperty(SupportsGet = true, Name = "tpage")]
    public int TownshipsPage { get; set; } = 1;

    /// <summary>Every township of the county, in its order.</summary>
    public List<TownshipRow> Rows { get; private set; } = [];

    /// <summary>The page of <see cref="Rows"/> the tables and the chart show.</summary>
    public PageOf<TownshipRow> Shown { get; private set; } = PageOf<TownshipRow>.Of([], 1, 1);

    /// <summary>This page with the townships' page moved, the year and chart kept.</summary>
    public string PageLink(int page) => Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/county/reports", new Dictionary<string, string?>
    {
        ["year"] = Year?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["chart"] = Chart,
        ["tpage"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
    });

    /// <summary>Every indicator, in report order, keyed by <see cref="Indicator.Key"/>.</summary>
    public List<Indicator> Columns { get; private set; } = [];

    public Dictionary<string, Indicator> Totals { get; private set; } = [];

    public DateOnly DueDate { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnGetExcelAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        var sheet = new List<Dictionary<string, object?>>();
        // Every township, whatever page the screen shows; each heading is made once, not once per township.
        var headings = Columns.Select(c => $"{c.Label}（{c.Unit}）").ToList();
        foreach (var row in Rows)
        {
            sheet.Add(Line(row.Name, AnnualReportStates.Label(row.Summary.State), row.Summary.PublishedOn, row.Summary.SubmittedOn, row.Figures, headings));
        }

        sheet.Add(Line("全县合计", "", null, null, Totals, headings));
        var stream = new MemoryStream();
        MiniExcel.SaveAs(stream, sheet, sheetName: $"{Year}年度报告");
        stream.Position = 0;
        return File(stream, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"{Year}年度法治政府建设年度报告情况.xlsx");
    }

    private Dictionary<string, object?> Line(string name, string state, DateOnly? published, DateOnly? submitted, Dictionary<string, Indicator> figures, List<string> headings)
    {
        var line = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["乡镇"] = name,
            ["报告状态"] = state,
            ["公开日期"] = published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["报送县级日期"] = submitted?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        };
        for (var c = 0; c < Columns.Count; c++)
        {
            line[headings[c]] = figures.TryGetValue(Columns[c].Key, out var i) ? i.Value : null;
        }

        return line;
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var today = Fazhi.Platform.Time.ChinaTime.Today(clock);
        Year ??= today.Year - 1;
        var townships = await countyFigures.TownshipsAsync(ct);
        var states = await summaries.ForYearAsync(townships.Select(t => t.Id).ToList(), Year.Value, today, ct);
        var figures = await countyFigures.ForYearAsync([.. townships.Select(t => t.Id)], Year.Value, ct);
        var stateOf = states.ToDictionary(s => s.TownshipId);
        foreach (var t in townships)
        {
            var indicators = figures[t.Id];
            Rows.Add(new TownshipRow(t.Name, t.DivisionCode, stateOf[t.Id], indicators.ToDictionary(i => i.Key, StringComparer.Ordinal)));
        }

        // Configured ledgers differ by township: the columns are every indicator any township states (as on the
        // dashboard), and a township without one has no figure in that column rather than a zero it never reported.
        Columns = [.. townships.SelectMany(t => figures[t.Id]).DistinctBy(i => i.Key)];

        DueDate = states.Count > 0 ? states[0].DueDate : new DateOnly(Year.Value + 1, 3, 31);
        Totals = Columns.ToDictionary(c => c.Key, c => CountyFigures.Total(c, [.. Rows.Select(r => r.Figures.GetValueOrDefault(c.Key)).OfType<Indicator>()]), StringComparer.Ordinal);
        Shown = PageOf<TownshipRow>.Of(Rows, TownshipsPage, options.Value.TownshipsPerPage);
        TownshipsPage = Shown.Page;
        Chart ??= Columns.FirstOrDefault(c => !c.IsRate && c.Key.StartsWith("enforcement.", StringComparison.Ordinal))?.Key ?? Columns.FirstOrDefault()?.Key;
    }

    internal sealed record TownshipRow(string Name, string DivisionCode, AnnualReportSummary Summary, Dictionary<string, Indicator> Figures);
}
