using System.Globalization;
using System.Text.Json;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Fazhi.IntegrationTests.Infrastructure;

namespace Fazhi.IntegrationTests.Modules.County;

/// <summary>The demo county with the dashboard laid out as for a large county: two townships a page, years summarised.</summary>
public sealed class SmallPagesApp : FazhiApp
{
    protected override IEnumerable<KeyValuePair<string, string>> Settings =>
    [
        new("Fazhi:County:Dashboard:TownshipsPerPage", "2"),
        new("Fazhi:County:Dashboard:ByYearTownshipsInFull", "3"),
    ];
}

/// <summary>
/// A county of thousands of townships (issue 18 §3) reads its dashboard a page of townships at a time: the totals and
/// the spread count every township, the pages together list each township once, a ranking orders them by the figure,
/// and the years table says the county's spread instead of a column per township.
/// </summary>
public sealed class CountyDashboardPagingTests(SmallPagesApp app) : IClassFixture<SmallPagesApp>
{
    private const string CasesFiled2022 = "/county?year=2022&figure=enforcement.cases-filed";

    [Fact]
    public async Task Comparison_RankedHighestFirst_PagesThroughEveryTownshipOnce_WithTheTotalOfAll()
    {
        var county = await app.ClientForAsync("county.reviewer");
        var everything = await ParseAsync(await county.GetStringAsync(CasesFiled2022 + "&order=high"));

        var seen = new List<(string Rank, string Name, string Value)>();
        var page = everything;
        for (var guard = 0; guard < 10; guard++)
        {
            var rows = page.QuerySelectorAll("#figures-by-township tbody tr").ToList();
            rows.Count.ShouldBeLessThanOrEqualTo(2);
            seen.AddRange(rows.Select(r => (r.QuerySelector(".rank")!.TextContent, r.GetAttribute("data-township")!, r.QuerySelector("td")!.TextContent.Trim())));
            // The chart draws the page's rows, nothing else.
            var chart = JsonDocument.Parse(page.QuerySelector("script#chart-by-township")!.TextContent).RootElement;
            chart.GetProperty("categories").EnumerateArray().Select(c => c.GetString()).ShouldBe(rows.Select(r => r.GetAttribute("data-township")));
            // Every page states the county total of all five.
            Cell(page, "#figures-by-township tfoot td").ShouldBe(Cell(everything, "#figures-by-township tfoot td"));
            var next = page.QuerySelector("nav[aria-label='各乡镇对比分页'] a[rel='next']");
            if (next is null)
            {
                break;
            }

            next.GetAttribute("href")!.ShouldContain("order=high");
            next.GetAttribute("href")!.ShouldContain("figure=enforcement.cases-filed");
            page = await ParseAsync(await county.GetStringAsync(next.GetAttribute("href")!.Split('#')[0]));
        }

        // 小江镇's 14 cases of 2022 (its seed report) rank first; the five townships appear once each, ranked 1 to 5.
        seen.Select(s => s.Name).ShouldBe(["大张楼镇", "头营镇", "太霞乡", "小江镇", "河市镇"], ignoreOrder: true);
        seen.Select(s => s.Rank).ShouldBe(["1", "2", "3", "4", "5"]);
        seen[0].ShouldBe(("1", "小江镇", "14"));
        var values = seen.Select(s => s.Value == "—" ? decimal.MinValue : decimal.Parse(s.Value, CultureInfo.InvariantCulture)).ToList();
        values.ShouldBe(values.OrderDescending().ToList());
        Cell(everything, "#figures-by-township tfoot td").ShouldBe(values.Where(v => v != decimal.MinValue).Sum().ToString(CultureInfo.InvariantCulture));
        everything.QuerySelector("nav[aria-label='各乡镇对比分页']")!.TextContent.ShouldContain("第 1 / 3 页，共 5 个乡镇");
        Cell(everything, "#figure-spread").ShouldContain("最高 14（小江镇）");
    }

    [Fact]
    public async Task ByYear_ForMoreTownshipsThanFit_StatesTheSpreadAndTotal_AndLinksToTheTrendOfEachTownship()
    {
        var county = await app.ClientForAsync("county.reviewer");

        var page = await ParseAsync(await county.GetStringAsync(CasesFiled2022));

        page.QuerySelectorAll("#figure-by-year thead th").Select(h => h.TextContent).ShouldBe(["年度", "最高", "中位数", "最低", "全县"]);
        var row2022 = page.QuerySelectorAll("#figure-by-year tr[data-year='2022'] td").Select(c => c.TextContent.Trim()).ToList();
        row2022[0].ShouldBe("14小江镇");
        row2022[^1].ShouldBe(Cell(page, "#figures-by-township tfoot td"));
        var trend = page.QuerySelector("#by-year-summary a")!.GetAttribute("href")!;
        trend.ShouldBe("/county/indicators/trend?key=enforcement.cases-filed&year=2022");
        (await county.GetAsync(trend)).StatusCode.ShouldBe(System.Net.HttpStatusCode.OK);
        var chart = JsonDocument.Parse(page.QuerySelector("script#chart-by-year")!.TextContent).RootElement;
        chart.GetProperty("series").GetArrayLength().ShouldBe(1);
        chart.GetProperty("series")[0].GetProperty("name").GetString().ShouldBe("全县合计");
    }

    [Fact]
    public async Task ComplianceAndTownships_PageOnTheirOwn_AndAPagePastTheEndShowsTheLast()
    {
        var county = await app.ClientForAsync("county.reviewer");

        var first = await ParseAsync(await county.GetStringAsync("/county?cpage=1&tpage=3"));
        var last = await ParseAsync(await county.GetStringAsync("/county?cpage=99&tpage=1"));

        first.QuerySelectorAll("#deadline-compliance tbody tr").Select(r => r.GetAttribute("data-township")).ShouldBe(["小江镇", "太霞乡"]);
        last.QuerySelectorAll("#deadline-compliance tbody tr").Select(r => r.GetAttribute("data-township")).ShouldBe(["大张楼镇"]);
        first.QuerySelectorAll("#townships tbody tr td:nth-child(2)").Select(c => c.TextContent).ShouldBe(["大张楼镇"]);
        last.QuerySelectorAll("#townships tbody tr td:nth-child(2)").Select(c => c.TextContent).ShouldBe(["小江镇", "太霞乡"]);
        // The headline rate still counts every township, whichever page is shown.
        Cell(first, "#on-time-rate").ShouldBe(Cell(last, "#on-time-rate"));
        first.QuerySelector("nav[aria-label='期限办理情况分页'] a[rel='next']")!.GetAttribute("href")!.ShouldContain("cpage=2");
        first.QuerySelector("nav[aria-label='期限办理情况分页'] a[rel='next']")!.GetAttribute("href")!.ShouldContain("tpage=3");
    }

    [Fact]
    public async Task AnnualReports_ShowAPageOfTownships_WithTheCountyTotals_AndTheExcelListsThemAll()
    {
        var county = await app.ClientForAsync("county.reviewer");

        var first = await ParseAsync(await county.GetStringAsync("/county/reports?year=2022"));
        var second = await ParseAsync(await county.GetStringAsync(first.QuerySelector("nav[aria-label='乡镇分页'] a[rel='next']")!.GetAttribute("href")!));

        first.QuerySelectorAll("#report-states tbody tr").Select(r => r.GetAttribute("data-township")).ShouldBe(["小江镇", "太霞乡"]);
        second.QuerySelectorAll("#report-states tbody tr").Select(r => r.GetAttribute("data-township")).ShouldBe(["头营镇", "河市镇"]);
        second.QuerySelectorAll("#report-figures thead th").Select(h => h.TextContent).ShouldBe(["指标", "头营镇", "河市镇", "全县合计"]);
        second.QuerySelector("nav[aria-label='乡镇分页']")!.TextContent.ShouldContain("第 2 / 3 页，共 5 个乡镇");
        // 小江镇's 14 cases (page 1) are in the county total that page 2 states too.
        string Total(IHtmlDocument page) => page.QuerySelector("#report-figures tr[data-key='enforcement.cases-filed'] td.total")!.TextContent.Trim();
        Total(second).ShouldBe(Total(first));
        decimal.Parse(Total(second), CultureInfo.InvariantCulture).ShouldBeGreaterThanOrEqualTo(14m);
        var excel = await county.GetAsync("/county/reports?handler=Excel&year=2022&tpage=2");
        var sheet = MiniExcelLibs.MiniExcel.Query(new MemoryStream(await excel.Content.ReadAsByteArrayAsync()), useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        sheet.Select(r => r["乡镇"]).ShouldBe(["小江镇", "太霞乡", "头营镇", "河市镇", "大张楼镇", "全县合计"]);
    }

    private static string Cell(IHtmlDocument page, string selector) => page.QuerySelector(selector)!.TextContent.Trim();

    private static async Task<IHtmlDocument> ParseAsync(string html) => await new HtmlParser().ParseDocumentAsync(html);
}
