using System.Net;
using AngleSharp.Html.Parser;
using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.IntegrationTests.Modules.Education;
using MiniExcelLibs;

namespace Fazhi.IntegrationTests.Modules.Leadership;

/// <summary>
/// The first responsible person's records through the API and pages (issue 15 §1): a meeting, 述法, a report to the
/// county, the 工作要点 whose tasks go on the 待办与预警 board and are checked off, the year-end summary; and each refusal
/// a clerk can run into (a meeting in the future, 述法 for a year long past, a task before the plan, a task due in
/// another year, checking off twice, a summary in spring, the officer keeping the leadership's records).
/// </summary>
public sealed class LeadershipStepsTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    private const string Api = "/api/workspace/leadership";

    private static object Meeting(string heldOn) => new
    {
        kind = 2, // 政府常务会议
        heldOn,
        topic = "研究《小江镇农村人居环境整治实施方案》合法性审核意见",
        chair = "黄德胜",
        attendees = "政府班子成员、司法所所长、法律顾问",
        decided = "按合法性审核意见修改后提交党委会议审定。",
        heardWorkReport = true,
    };

    [Fact]
    public async Task RecordMeeting_IsListedInItsYear_AndAMeetingInTheFutureIsRefused()
    {
        var clerk = await app.ClientForAsync("xiaojiang.clerk");

        var ok = await clerk.PostJsonAsync($"{Api}/meetings", Meeting("2026-11-20"));
        var future = await clerk.PostJsonAsync($"{Api}/meetings", Meeting("2026-12-20"));

        ok.Status.ShouldBe(HttpStatusCode.OK, ok.Json.ToString());
        future.ShouldBeRefusedBy("leadership.date.future");
        future.Json.GetProperty("field").GetString().ShouldBe("heldOn");
        var year = await clerk.GetJsonAsync($"{Api}/years/2026");
        year.GetProperty("meetings").EnumerateArray().Count(m => m.GetProperty("topic").GetString()!.StartsWith("研究《小江镇农村人居环境整治", StringComparison.Ordinal))
            .ShouldBe(1, "被拒绝的会议不应保存");
    }

    [Fact]
    public async Task DutyStatement_InItsYearOrEarlyNext_IsRecorded_AndOneForAYearLongPastIsRefused()
    {
        var clerk = await app.ClientForAsync("taixia.clerk");
        object Statement(int year) => new
        {
            year, role = 2, speaker = "敬春梅", deliveredOn = "2026-01-15", occasion = "年终述职述廉述法会议",
            text = "本人认真履行推进法治建设第一责任人职责，亲自部署法治政府建设年度重点工作。", evaluation = 2, evaluatedBy = "县委依法治县办",
        };

        var ok = await clerk.PostJsonAsync($"{Api}/duty-statements", Statement(2025));
        var late = await clerk.PostJsonAsync($"{Api}/duty-statements", Statement(2023));

        ok.Status.ShouldBe(HttpStatusCode.OK, ok.Json.ToString());
        late.ShouldBeRefusedBy("leadership.duty-statement.year");
        late.Json.GetProperty("detail").GetString()!.ShouldContain("党政主要负责人履行推进法治建设第一责任人职责规定");
        var year = await clerk.GetJsonAsync($"{Api}/years/2025");
        year.GetProperty("statements").EnumerateArray().ShouldContain(s => s.GetProperty("speaker").GetString() == "敬春梅" && s.GetProperty("deliveredOn").GetString() == "2026-01-15");
    }

    [Fact]
    public async Task CountyReport_IsRecorded_AndAnEnforcementOfficerMayNotKeepTheLeadershipsRecords()
    {
        var clerk = await app.ClientForAsync("heshi.clerk");
        var officer = await app.ClientForAsync("heshi.officer");
        var report = new { kind = 2, reportedOn = "2026-07-10", title = "关于河市镇党政主要负责人履行推进法治建设第一责任人职责情况的报告", recipient = "县委、县政府（抄送县委依法治县办）", reference = "河委〔2026〕21号" };

        var ok = await clerk.PostJsonAsync($"{Api}/county-reports", report);
        var byOfficer = await officer.PostJsonAsync($"{Api}/county-reports", report);

        ok.Status.ShouldBe(HttpStatusCode.OK, ok.Json.ToString());
        byOfficer.Status.ShouldBe(HttpStatusCode.Forbidden);
        byOfficer.Json.GetProperty("detail").GetString()!.ShouldContain("领导或法制员");
        var year = await clerk.GetJsonAsync($"{Api}/years/2026");
        year.GetProperty("reports").EnumerateArray().Count(r => r.GetProperty("reference").GetString() == "河委〔2026〕21号").ShouldBe(1);
    }

    [Fact]
    public async Task WorkPlan_TaskGoesOnTheBoard_IsCheckedOffOnce_AndTheSummaryWaitsForTheYearsEnd()
    {
        // 2025 has no 工作要点 for 头营镇 in the demo (2022 and this year have).
        var clerk = await app.ClientForAsync("touying.clerk");
        var task = new { title = "开展“八五”普法终期总结验收", owner = "司法所", dueOn = "2025-12-15" };

        var beforePlan = await clerk.PostJsonAsync($"{Api}/plans/2025/tasks", task);
        var adopted = await clerk.PutJsonAsync($"{Api}/plans/2025", new { title = "头营镇2025年法治建设工作要点", adoptedOn = "2025-02-18", adoptedAt = "头营镇党委会议2025年第3次" });
        var otherYear = await clerk.PostJsonAsync($"{Api}/plans/2025/tasks", new { title = "跨年任务", owner = "司法所", dueOn = "2026-01-15" });
        var listed = await clerk.PostJsonAsync($"{Api}/plans/2025/tasks", task);

        beforePlan.ShouldBeRefusedBy("leadership.plan.not-adopted");
        adopted.Status.ShouldBe(HttpStatusCode.OK, adopted.Json.ToString());
        otherYear.ShouldBeRefusedBy("leadership.task.due-year");
        otherYear.Json.GetProperty("field").GetString().ShouldBe("dueOn");
        listed.Status.ShouldBe(HttpStatusCode.OK, listed.Json.ToString());
        var taskId = listed.Json.GetProperty("tasks").EnumerateArray().Single(t => t.GetProperty("title").GetString() == task.title).GetProperty("id").GetGuid();

        // Due 2025-12-15 and not done: the township's own duty, overdue on the board today (2026-11-23).
        var board = await clerk.GetJsonAsync("/api/workspace/deadlines?module=leadership&state=open&q=" + Uri.EscapeDataString("八五"));
        var deadline = board.GetProperty("items").EnumerateArray().Single(d => d.GetProperty("url").GetString() == "/workspace/leadership?Year=2025");
        deadline.GetProperty("dueDate").GetString().ShouldBe("2025-12-15");
        deadline.GetProperty("owner").GetString().ShouldBe("Government");
        deadline.GetProperty("state").GetString().ShouldBe("Overdue");

        var done = await clerk.PostJsonAsync($"{Api}/plans/2025/tasks/{taskId}/done", new { doneOn = "2025-12-10", result = "已通过县司法局终期验收" });
        var again = await clerk.PostJsonAsync($"{Api}/plans/2025/tasks/{taskId}/done", new { doneOn = "2025-12-12", result = "重复销号" });

        done.Status.ShouldBe(HttpStatusCode.OK, done.Json.ToString());
        again.ShouldBeRefusedBy("leadership.task.done");
        var met = await clerk.GetJsonAsync("/api/workspace/deadlines?module=leadership&state=Met&q=" + Uri.EscapeDataString("八五"));
        met.GetProperty("items").EnumerateArray().ShouldContain(d => d.GetProperty("url").GetString() == "/workspace/leadership?Year=2025" && d.GetProperty("metOn").GetString() == "2025-12-10");

        var spring = await clerk.PutJsonAsync($"{Api}/plans/2025/summary", new { text = "年度工作总结", writtenOn = "2025-05-01" });
        var yearEnd = await clerk.PutJsonAsync($"{Api}/plans/2025/summary", new { text = "2025年法治建设工作要点任务全部完成。", writtenOn = "2025-12-26" });

        spring.ShouldBeRefusedBy("leadership.summary.year-end");
        yearEnd.Status.ShouldBe(HttpStatusCode.OK, yearEnd.Json.ToString());
        yearEnd.Json.GetProperty("summarizedOn").GetString().ShouldBe("2025-12-26");
    }

    [Fact]
    public async Task MeetingPage_RefusedForAFutureDate_ShowsTheRuleBesideTheDateAndKeepsWhatWasTyped()
    {
        var clerk = await app.ClientForAsync("xiaojiang.leader");
        var token = await FazhiApp.AntiforgeryTokenAsync(clerk, "/workspace/leadership/meetings/new");

        var page = await clerk.PostAsync("/workspace/leadership/meetings/new", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Kind"] = "PartyCommittee", ["HeldOn"] = "2026-12-30", ["Topic"] = "研究年度法治建设工作总结", ["Chair"] = "张开斌",
            ["Attendees"] = "党委班子成员", ["Decided"] = "形成年度总结报县委", ["HeardWorkReport"] = "true",
            ["__RequestVerificationToken"] = token,
        }));

        page.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var html = await new HtmlParser().ParseDocumentAsync(await page.Content.ReadAsStringAsync());
        html.QuerySelector("span.field-error[data-valmsg-for='HeldOn']")!.TextContent.ShouldContain("晚于今天");
        html.QuerySelector("input[name='Topic']")!.GetAttribute("value").ShouldBe("研究年度法治建设工作总结");
    }

    [Fact]
    public async Task YearLedger_ExportsEachRecordTypeOnItsOwnSheet_AsThePageListsThem()
    {
        var clerk = await app.ClientForAsync("touying.clerk");

        var response = await clerk.GetAsync("/workspace/leadership?Year=2022&handler=Export");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentDisposition!.FileNameStar.ShouldBe("第一责任人履职台账-2022.xlsx");
        using var book = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        MiniExcel.GetSheetNames(book).ShouldBe(["研究法治建设的会议", "述法", "向县委县政府报告", "工作要点任务"]);
        var meetings = book.Query(useHeaderRow: true, sheetName: "研究法治建设的会议").Cast<IDictionary<string, object?>>().ToList();
        meetings.Count.ShouldBe(4, "每季度听取法治建设工作专题汇报一次");
        meetings.ShouldAllBe(m => (string?)m["听取法治建设工作汇报"] == "是");
        meetings[0]["会议日期"]!.ToString().ShouldBe("2022-03-20");
        var statements = book.Query(useHeaderRow: true, sheetName: "述法").Cast<IDictionary<string, object?>>().ToList();
        statements.Select(s => s["述法人"]?.ToString()).ShouldBe(["海建军", "马文斌"], ignoreOrder: true);
        var tasks = book.Query(useHeaderRow: true, sheetName: "工作要点任务").Cast<IDictionary<string, object?>>().ToList();
        tasks.Count.ShouldBe(6);
        tasks.ShouldAllBe(t => !string.IsNullOrEmpty(t["完成日期"] as string));
        var reports = book.Query(useHeaderRow: true, sheetName: "向县委县政府报告").Cast<IDictionary<string, object?>>().ToList();
        reports.Where(r => r["报告标题"] is not null).ShouldBeEmpty("2022年度的报告于次年报送，计入次年");
    }
}
