using System.Net;
using AngleSharp.Html.Parser;
using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.IntegrationTests.Platform.Deadlines;

namespace Fazhi.IntegrationTests.Modules.Reports;

/// <summary>
/// The duty to publish before 1 April (督察工作规定 第二十四条) does not wait for a draft: from 1 January every
/// township's board carries the past year's report, and a township that never starts is overdue from 1 April, on its
/// own board and on the county's. Its own app: the clock moves.
/// </summary>
public sealed class ReportDeadlineSweepTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    [Fact]
    public async Task NewYear_PutsThePastYearsReportOnEveryBoard_AndATownshipThatNeverStartsIsOverdueFromApril()
    {
        app.AdvanceClockTo(new DateOnly(2027, 1, 4));
        await app.SweepAsync();

        var heshi = await app.ClientForAsync("heshi.clerk");
        var row = await DeadlineScenario.RowAsync(heshi, "/workspace/deadlines", "河市镇2026年法治政府建设年度报告");
        row.ShouldNotBeNull("河市镇 has not started its 2026 report, yet its board must carry the duty.");
        row.TextContent.ShouldContain("2027-03-31");
        row.TextContent.ShouldContain("第二十四条");
        row.ClassList.ShouldContain("due-soon");

        // 大张楼镇 starts its draft in January: the deadline the sweep opened is the one the draft meets, not a second.
        var dazhanglou = await app.ClientForAsync("dazhanglou.clerk");
        (await ReportScenario.DraftAsync(dazhanglou, 2026)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await app.SweepAsync();
        var board = new HtmlParser().ParseDocument(await dazhanglou.GetStringAsync($"/workspace/deadlines?Filter.Q={Uri.EscapeDataString("大张楼镇2026年法治政府建设年度报告")}"));
        board.QuerySelectorAll("table.deadlines tbody tr").Count(tr => tr.TextContent.Contains("大张楼镇2026年法治政府建设年度报告", StringComparison.Ordinal))
            .ShouldBe(1, "one row for one report");

        app.AdvanceClockTo(new DateOnly(2027, 4, 1));
        await app.SweepAsync();
        heshi = await app.ClientForAsync("heshi.clerk");
        (await DeadlineScenario.RowAsync(heshi, "/workspace/deadlines", "河市镇2026年法治政府建设年度报告"))!.ClassList.ShouldContain("overdue");
        var county = await app.ClientForAsync("county.reviewer");
        (await DeadlineScenario.RowAsync(county, "/county/deadlines", "河市镇2026年法治政府建设年度报告"))!.ClassList.ShouldContain("overdue");
        // Another pass opens nothing new.
        await app.SweepAsync();
        (await DeadlineScenario.RowAsync(heshi, "/workspace/deadlines", "河市镇2026年法治政府建设年度报告")).ShouldNotBeNull();
    }
}
