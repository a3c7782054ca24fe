using System.Globalization;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.IntegrationTests.Modules.Enforcement;
using static Fazhi.IntegrationTests.Modules.Enforcement.EnforcementApi;

namespace Fazhi.IntegrationTests.Platform.Deadlines;

/// <summary>
/// Whose duty a deadline is (ADR 0016): a party's period (陈述申辩 3 working days, 行政处罚法 第45条) is one the township
/// waits on — it ends, it is never 逾期 against the township, never on the county's board and never a shortcoming in the
/// annual report — while the township's own duties still go red. Through HTTP, with 小江镇's demo cases of 2022.
/// </summary>
public sealed class DeadlineOwnershipTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    private static readonly string[] FineOnly = ["罚款"];

    [Fact]
    public async Task PartysStatementPeriod_WhileRunningAndAfterItEnds_IsAWaitingPeriodNeverOverdueAndNotOnTheCountyBoard()
    {
        var clerk = await app.ClientForAsync("xiaojiang.clerk");
        var officer = await app.ClientForAsync("xiaojiang.officer");
        var today = app.Today();
        var power = await PowerAsync(clerk, "村庄规划区擅自搭建");
        var officers = await CertifiedOfficersAsync(clerk);
        var filed = (await clerk.SendAsync("/cases", NewCase(power.GetProperty("id").GetGuid(), officers.Take(2), today, partyName: "欧阳锦成"))).ShouldSucceed();
        var id = filed.GetProperty("id").GetGuid();
        var number = filed.GetProperty("caseNumber").GetString()!;
        (await officer.SendAsync($"/cases/{id}/evidence", new { kind = "现场笔录", description = "现场检查笔录及照片", collectedBy = "执法人员", collectedOn = Day(today) })).ShouldSucceed();
        (await clerk.SendAsync($"/cases/{id}/notice", new { kinds = FineOnly, fine = 3000, on = Day(today) })).ShouldSucceed();

        var running = Statement(await BoardDeadlinesAsync(clerk, number));
        running.GetProperty("owner").GetString().ShouldBe("Party");
        running.GetProperty("stateLabel").GetString().ShouldBe("期间进行中");
        running.GetProperty("daysLeft").GetString().ShouldBe("等待当事人，剩 3 个工作日");

        // Past the third working day the party's period has simply ended; the township may go on to decide.
        var due = running.GetProperty("dueDate").GetString()!;
        app.AdvanceClockTo(DateOnly.Parse(due, CultureInfo.InvariantCulture).AddDays(3));
        await app.SweepAsync();
        clerk = await app.ClientForAsync("xiaojiang.clerk");

        var ended = Statement(await BoardDeadlinesAsync(clerk, number));
        ended.GetProperty("state").GetString().ShouldBe("Elapsed");
        ended.GetProperty("stateLabel").GetString().ShouldBe("期满");
        ended.GetProperty("daysLeft").GetString().ShouldBe($"{due} 期满");
        var ledger = await clerk.GetStringAsync($"/workspace/deadlines?Filter.Q={Uri.EscapeDataString(number)}");
        var row = new HtmlParser().ParseDocument(ledger).QuerySelectorAll("table.deadlines tbody tr")
            .Single(tr => tr.TextContent.Contains("当事人陈述、申辩期限", StringComparison.Ordinal));
        row.TextContent.ShouldNotContain("逾期");
        row.ClassList.ShouldNotContain("overdue");
        row.TextContent.ShouldContain("当事人期间");

        // The township's own duty on the same case (90 days to decide, 第60条) is still on the county's board.
        var county = await (await app.ClientForAsync("county.reviewer")).GetStringAsync($"/county/deadlines?Filter.Q={Uri.EscapeDataString(number)}");
        county.ShouldContain("作出行政处罚决定");
        county.ShouldNotContain("当事人陈述、申辩期限");
    }

    [Fact]
    public async Task DemoCase8Of2022_ClosedIn2023_LeavesNothingOpenAndNothingOverdueOnTheBoard()
    {
        var clerk = await app.ClientForAsync("xiaojiang.clerk");

        var deadlines = await BoardDeadlinesAsync(clerk, "小江综执立〔2022〕8号");

        deadlines.ShouldNotBeEmpty();
        deadlines.ShouldAllBe(d => d.GetProperty("state").GetString() != "Pending" && d.GetProperty("state").GetString() != "DueSoon" && d.GetProperty("state").GetString() != "Overdue");
        deadlines.ShouldAllBe(d => !d.GetProperty("stateLabel").GetString()!.Contains("逾期") && !d.GetProperty("daysLeft").GetString()!.Contains("逾期"));
        deadlines.ShouldContain(d => d.GetProperty("ruleCode").GetString() == "enforcement.hearing-request" && d.GetProperty("owner").GetString() == "Party");
        var open = await clerk.GetStringAsync("/api/workspace/deadlines?state=open&module=enforcement&q=" + Uri.EscapeDataString("〔2022〕"));
        JsonDocument.Parse(open).RootElement.GetProperty("total").GetInt32().ShouldBe(0);
        (await clerk.GetStringAsync("/workspace")).ShouldNotContain("小江综执立〔2022〕");
    }

    [Fact]
    public async Task Xiaojiang2022Report_StatesNoShortcomingFromAPartysPeriod()
    {
        var clerk = await app.ClientForAsync("xiaojiang.clerk");

        var report = new HtmlParser().ParseDocument(await clerk.GetStringAsync("/workspace/reports/2022")).Body!.TextContent;

        report.ShouldContain("二、存在的不足和原因");
        report.ShouldNotContain("当事人陈述、申辩期限");
        report.ShouldNotContain("当事人要求听证期限");
        report.ShouldNotContain("当事人缴纳罚款");
        report.ShouldNotContain("期限管理不够严格");
    }

    private static JsonElement Statement(List<JsonElement> deadlines) =>
        deadlines.Single(d => d.GetProperty("ruleCode").GetString() == "enforcement.statement");

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
