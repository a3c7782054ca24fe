using System.Globalization;
using System.Text.Json;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.IntegrationTests.Modules.Education;

namespace Fazhi.IntegrationTests.Modules.County;

/// <summary>
/// The county home is a dashboard (issue 14 §4): each chart's table holds the figures the records give, the chart is
/// drawn from the same numbers, and deadline compliance is counted per township.
/// </summary>
public sealed class CountyDashboardTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    [Fact]
    public async Task CountyHome_ComparesTownships_AndYears_WithTheFiguresOfTheRecords()
    {
        var county = await app.ClientForAsync("county.reviewer");

        var page = await ParseAsync(await county.GetStringAsync("/county?year=2022&figure=enforcement.cases-filed"));

        // 小江镇's 2022 report states 14 penalty cases filed (the seed); the other townships have no 2022 cases.
        Cell(page, "#figures-by-township tr[data-township='小江镇'] td").ShouldBe("14");
        page.QuerySelectorAll("#figures-by-township tbody tr").Length.ShouldBe(5);
        Cell(page, "#figures-by-township tfoot td").ShouldBe(page.QuerySelectorAll("#figures-by-township tbody td")
            .Sum(c => decimal.Parse(c.TextContent, CultureInfo.InvariantCulture)).ToString(CultureInfo.InvariantCulture));
        // The same figure across the five years up to 2022, with 2022's row equal to the comparison above.
        page.QuerySelectorAll("#figure-by-year tbody tr").Select(r => r.GetAttribute("data-year")).ShouldBe(["2018", "2019", "2020", "2021", "2022"]);
        page.QuerySelector("#figure-by-year tr[data-year='2022'] td")!.TextContent.ShouldBe("14");

        // The chart draws exactly the table's numbers.
        var chart = JsonDocument.Parse(page.QuerySelector("script#chart-by-township")!.TextContent).RootElement;
        chart.GetProperty("categories").EnumerateArray().Select(c => c.GetString()).ShouldBe(["小江镇", "太霞乡", "头营镇", "河市镇", "大张楼镇"]);
        chart.GetProperty("series")[0].GetProperty("data")[0].GetDecimal().ShouldBe(14m);
        page.QuerySelector("[data-chart='chart-by-township']")!.GetAttribute("role").ShouldBe("img");
    }

    [Fact]
    public async Task CountyHome_CountsDeadlineComplianceForEveryTownship_AsTheDeadlineBoardDoes()
    {
        var county = await app.ClientForAsync("county.reviewer");

        var page = await ParseAsync(await county.GetStringAsync("/county"));

        var rows = page.QuerySelectorAll("#deadline-compliance tbody tr").ToList();
        rows.Select(r => r.GetAttribute("data-township")).ShouldBe(["小江镇", "太霞乡", "头营镇", "河市镇", "大张楼镇"]);
        foreach (var row in rows)
        {
            var cells = row.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList();
            var (met, late, overdue) = (int.Parse(cells[0], CultureInfo.InvariantCulture), int.Parse(cells[1], CultureInfo.InvariantCulture), int.Parse(cells[2], CultureInfo.InvariantCulture));
            cells[3].ShouldBe(met + late + overdue == 0 ? "—" : (100m * met / (met + late + overdue)).ToString("0.#", CultureInfo.InvariantCulture) + "%");
        }

        // The demo's running cases put real outcomes on the table, and the overdue count matches the county board.
        rows.Sum(r => int.Parse(r.QuerySelectorAll("td")[0].TextContent, CultureInfo.InvariantCulture)).ShouldBeGreaterThan(0);
        var board = await ParseAsync(await county.GetStringAsync("/county/deadlines"));
        page.QuerySelector("#open-overdue")!.TextContent.ShouldBe(board.QuerySelector(".counts-overdue .stat")!.TextContent);
    }

    [Fact]
    public async Task CountyHome_CountsAPeriodThatFellOverdueSinceTheLastVisit_AlthoughItKeepsTheCountsItMade()
    {
        var county = await app.ClientForAsync("county.reviewer");
        await Platform.Deadlines.DeadlineScenario.SweepAsync(app);   // today's states first, so only the new period moves
        static int Overdue(IHtmlDocument page) => int.Parse(
            page.QuerySelectorAll("#deadline-compliance tbody tr[data-township='小江镇'] td")[2].TextContent.Trim(), CultureInfo.InvariantCulture);
        var before = Overdue(await ParseAsync(await county.GetStringAsync("/county")));

        // 政府信息公开条例 第三十三条: a request received two months ago is past its 20 working days; the sweep says so.
        await Platform.Deadlines.DeadlineScenario.OpenDeadlineAsync(app, "小江镇", "督察首页逾期统计测试申请", Platform.Deadlines.DeadlineScenario.Today(app).AddMonths(-2));
        await Platform.Deadlines.DeadlineScenario.SweepAsync(app);

        Overdue(await ParseAsync(await county.GetStringAsync("/county"))).ShouldBe(before + 1);
    }

    [Fact]
    public async Task CountyHome_WithAYearInTheFuture_SaysSoNextToTheField()
    {
        var county = await app.ClientForAsync("county.reviewer");

        var page = await ParseAsync(await county.GetStringAsync("/county?year=2050"));
        var typo = await ParseAsync(await county.GetStringAsync("/county?year=2999"));

        page.QuerySelector("span.field-error[data-valmsg-for='Year']")!.TextContent.ShouldContain("年度应在 2000 至");
        page.QuerySelector("#figures-by-township").ShouldNotBeNull();
        typo.QuerySelector("span.field-error[data-valmsg-for='Year']")!.TextContent.ShouldContain("“年度”的年份须在 1990 至 2099 之间");
        typo.QuerySelector("#figures-by-township").ShouldNotBeNull();
    }

    [Fact]
    public async Task CountyHome_ShowsANewRecordAtOnce_AlthoughItKeepsTheFiguresItComputed()
    {
        var county = await app.ClientForAsync("county.reviewer");
        var clerk = await app.ClientForAsync("dazhanglou.clerk");
        var ledger = (await clerk.PostJsonAsync("/api/workspace/ledgers", Ledgers.LedgerStepsTests.Definition("grid-county"))).Json.GetProperty("id").GetString();
        async Task EnterAsync() => (await clerk.PostJsonAsync($"/api/workspace/ledgers/{ledger}/entries",
            new { occurredOn = "2025-05-06", values = new Dictionary<string, string> { ["village"] = "大张楼村", ["people"] = "3" } })).Status.ShouldBe(System.Net.HttpStatusCode.OK);
        const string Path = "/county?year=2025&figure=ledger.grid-county.patrols";
        await EnterAsync();
        Cell(await ParseAsync(await county.GetStringAsync(Path)), "#figures-by-township tr[data-township='大张楼镇'] td").ShouldBe("1");

        await EnterAsync();

        // The figures of 2025 were kept after the first visit (ADR 0033); the entry changed what they were kept under.
        var page = await ParseAsync(await county.GetStringAsync(Path));
        Cell(page, "#figures-by-township tr[data-township='大张楼镇'] td").ShouldBe("2");
        page.QuerySelectorAll("#figure-by-year tr[data-year='2025'] td")[^1].TextContent.Trim().ShouldBe("2");
    }

    private static string Cell(IHtmlDocument page, string selector) => page.QuerySelector(selector)!.TextContent.Trim();

    private static async Task<IHtmlDocument> ParseAsync(string html) => await new HtmlParser().ParseDocumentAsync(html);
}
