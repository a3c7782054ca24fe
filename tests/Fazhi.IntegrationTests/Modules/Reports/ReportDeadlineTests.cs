using System.Net;
using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.IntegrationTests.Platform.Deadlines;

namespace Fazhi.IntegrationTests.Modules.Reports;

/// <summary>
/// The 1 April publication deadline (督察工作规定 第二十四条) on the 待办与预警 board: quiet during the report year,
/// a warning through the first quarter, overdue from 1 April, and met once published. Its own app: the clock moves.
/// </summary>
public sealed class ReportDeadlineTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    private const string Subject = "头营镇2026年法治政府建设年度报告";

    [Fact]
    public async Task PublicationDeadline_AsTheClockMoves_WarnsThroughTheFirstQuarterThenTurnsOverdue()
    {
        var clerk = await app.ClientForAsync("touying.clerk");
        (await ReportScenario.DraftAsync(clerk, 2026)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var row = await DeadlineScenario.RowAsync(clerk, "/workspace/deadlines", Subject);
        row.ShouldNotBeNull();
        row.TextContent.ShouldContain("2027-03-31");
        row.TextContent.ShouldContain("第二十四条");
        row.ClassList.ShouldNotContain("due-soon");

        app.AdvanceClockTo(new DateOnly(2027, 1, 4));
        await app.SweepAsync();
        clerk = await app.ClientForAsync("touying.clerk");
        row = await DeadlineScenario.RowAsync(clerk, "/workspace/deadlines", Subject);
        row!.ClassList.ShouldContain("due-soon");

        app.AdvanceClockTo(new DateOnly(2027, 4, 1));
        await app.SweepAsync();
        clerk = await app.ClientForAsync("touying.clerk");
        row = await DeadlineScenario.RowAsync(clerk, "/workspace/deadlines", Subject);
        row!.ClassList.ShouldContain("overdue");
        (await (await app.ClientForAsync("county.reviewer")).GetStringAsync("/county/reports?year=2026")).ShouldContain("逾期未公开");

        // Publishing late meets the deadline late, and the county sees it as published late.
        (await ReportScenario.CompleteAsync(clerk, 2026, "（一）依法行政\n全年依法行政。")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await ReportScenario.PostAsync(await app.ClientForAsync("touying.leader"), "/workspace/reports/2026", "Approve")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await ReportScenario.PostAsync(clerk, "/workspace/reports/2026", "Publish")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await DeadlineScenario.RowAsync(clerk, "/workspace", Subject)).ShouldBeNull();
        var county = await ReportScenario.TextAsync(await app.ClientForAsync("county.reviewer"), "/county/reports?year=2026");
        county.ShouldContain("逾期公开");
    }
}
