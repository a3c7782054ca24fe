using System.Net;
using System.Net.Http.Json;
using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.Platform.Deadlines;
using MiniExcelLibs;

namespace Fazhi.IntegrationTests.Platform.Deadlines;

/// <summary>
/// The 待办与预警 board: a deadline opened by a module turns yellow then red as the clock moves and the sweep runs,
/// only for its own township. Dates are derived from the clock so the tests do not depend on their order.
/// </summary>
public sealed class WorkspaceDeadlineTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    [Fact]
    public async Task Sweep_AsTheClockMoves_ShowsDueSoonInYellowThenOverdueInRedOnlyToThatTownship()
    {
        var start = app.Today();
        var opened = await app.OpenDeadlineAsync("小江镇", "王某申请公开征地补偿方案", start);
        var calendar = await app.CalendarAsync();
        opened.DueDate.ShouldBe(calendar.AddWorkingDays(start, 20).Value);
        var clerk = await app.ClientForAsync("xiaojiang.clerk");
        var otherClerk = await app.ClientForAsync("taixia.clerk");

        var row = await DeadlineScenario.RowAsync(clerk, "/workspace", "王某申请公开征地补偿方案");
        row.ShouldNotBeNull();
        row.ClassList.ShouldNotContain("due-soon");
        row.TextContent.ShouldContain("《政府信息公开条例》第三十三条");
        row.TextContent.ShouldContain("剩 20 个工作日");

        // Five working days before the due date the deadline enters its warning window.
        var warnFrom = calendar.AddWorkingDays(start, 15).Value;
        app.AdvanceClockTo(warnFrom);
        await app.SweepAsync();
        clerk = await app.ClientForAsync("xiaojiang.clerk");   // the 8-hour session ended while the clock moved
        row = await DeadlineScenario.RowAsync(clerk, "/workspace", "王某申请公开征地补偿方案");
        row!.ClassList.ShouldContain("due-soon");
        row.TextContent.ShouldContain("即将到期");
        row.TextContent.ShouldContain("剩 5 个工作日");

        app.AdvanceClockTo(opened.DueDate.AddDays(1));
        await app.SweepAsync();
        (await app.SweepAsync()).ShouldBe(0);
        clerk = await app.ClientForAsync("xiaojiang.clerk");
        otherClerk = await app.ClientForAsync("taixia.clerk");
        row = await DeadlineScenario.RowAsync(clerk, "/workspace", "王某申请公开征地补偿方案");
        row!.ClassList.ShouldContain("overdue");
        row.TextContent.ShouldContain("逾期");
        var dashboard = await clerk.GetStringAsync("/workspace");
        dashboard.ShouldContain("逾期");

        (await otherClerk.GetStringAsync("/workspace")).ShouldNotContain("王某申请公开征地补偿方案");
        (await DeadlineScenario.RowAsync(otherClerk, "/workspace/deadlines", "王某申请公开征地补偿方案")).ShouldBeNull();
    }

    [Fact]
    public async Task Meet_OnOrAfterTheDueDate_IsMetOrMetLateAndLeavesTheDashboardButStaysInTheLedger()
    {
        var start = app.Today();
        var onTime = await app.OpenDeadlineAsync("小江镇", "李某申请公开低保名单", start);
        var late = await app.OpenDeadlineAsync("小江镇", "赵某申请公开执法记录", start);

        var met = await app.InTownshipAsync("小江镇", (d, _) => d.MeetAsync("disclosure.reply", onTime.SubjectId, onTime.DueDate, CancellationToken.None));
        var metLate = await app.InTownshipAsync("小江镇", (d, _) => d.MeetAsync("disclosure.reply", late.SubjectId, late.DueDate.AddDays(1), CancellationToken.None));

        met!.State.ShouldBe(DeadlineState.Met);
        metLate!.State.ShouldBe(DeadlineState.MetLate);
        var clerk = await app.ClientForAsync("xiaojiang.clerk");
        (await clerk.GetStringAsync("/workspace")).ShouldNotContain("李某申请公开低保名单");
        (await DeadlineScenario.RowAsync(clerk, "/workspace/deadlines?Filter.State=Met", "李某申请公开低保名单"))!.TextContent.ShouldContain("按期办结");
        (await DeadlineScenario.RowAsync(clerk, "/workspace/deadlines?Filter.State=MetLate", "赵某申请公开执法记录"))!.TextContent.ShouldContain("逾期办结");
        (await DeadlineScenario.RowAsync(clerk, "/workspace/deadlines?Filter.State=Met", "赵某申请公开执法记录")).ShouldBeNull();

        var export = await clerk.GetAsync("/workspace/deadlines?handler=Export");
        export.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        await using var stream = new MemoryStream(await export.Content.ReadAsByteArrayAsync());
        var ledger = stream.Query(useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        ledger.ShouldContain(r => (string)r["事项"] == "赵某申请公开执法记录" && (string)r["状态"] == "逾期办结");
        ledger.ShouldContain(r => (string)r["事项"] == "李某申请公开低保名单" && (string)r["状态"] == "按期办结");
    }

    [Fact]
    public async Task Extend_ByTheLeaderWithAReason_MovesTheDueDateAndIsRefusedWithoutOne()
    {
        var start = app.Today();
        var opened = await app.OpenDeadlineAsync("小江镇", "孙某申请公开拆迁协议", start);
        var leader = await app.ClientForAsync("xiaojiang.leader");
        var clerk = await app.ClientForAsync("xiaojiang.clerk");
        var path = $"/workspace/deadlines/{opened.Id}";

        (await clerk.GetStringAsync(path)).ShouldNotContain("批准延期");
        var token = await FazhiApp.AntiforgeryTokenAsync(leader, path);
        var refused = await leader.PostAsync(path + "?handler=Extend", Form(token, "20", ""));
        // An invalid step form is shown again with the error beside the field and status 400, as on every step page (ADR 0010).
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("请写明延长理由");

        var apiRefused = await leader.PostAsJsonAsync($"/api/workspace/deadlines/{opened.Id}/extension", new { days = 20, reason = " " });
        apiRefused.StatusCode.ShouldBe(HttpStatusCode.Conflict, apiRefused.ToString() + apiRefused.RequestMessage);
        (await apiRefused.Content.ReadAsStringAsync()).ShouldContain("deadlines.extension.reason-required");
        (await clerk.PostAsJsonAsync($"/api/workspace/deadlines/{opened.Id}/extension", new { days = 20, reason = "需征求第三方意见" }))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var accepted = await leader.PostAsync(path + "?handler=Extend", Form(token, "20", "涉及第三方权益，需书面征求第三方意见"));
        accepted.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var calendar = await app.CalendarAsync();
        var newDue = calendar.AddWorkingDays(opened.DueDate, 20).Value;
        var page = await leader.GetStringAsync(path);
        page.ShouldContain("涉及第三方权益，需书面征求第三方意见");
        page.ShouldContain(newDue.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        page.ShouldContain("小江镇领导");
        var info = await app.InTownshipAsync("小江镇", (d, _) => d.ForSubjectAsync(opened.SubjectId, CancellationToken.None));
        info.Single().DueDate.ShouldBe(newDue);
    }

    [Fact]
    public async Task CountyBoard_ListsTheDeadlinesOfBothTownshipsWithATownshipColumnAndFilter()
    {
        await app.OpenDeadlineAsync("小江镇", "周某申请公开财政预算", app.Today());
        await app.OpenDeadlineAsync("太霞乡", "吴某申请公开河道整治合同", app.Today());
        var reviewer = await app.ClientForAsync("county.reviewer");

        var xiaojiang = await DeadlineScenario.RowAsync(reviewer, "/county/deadlines", "周某申请公开财政预算");
        var taixia = await DeadlineScenario.RowAsync(reviewer, "/county/deadlines", "吴某申请公开河道整治合同");

        xiaojiang!.Children[0].TextContent.ShouldBe("小江镇");
        taixia!.Children[0].TextContent.ShouldBe("太霞乡");
        var taixiaId = (await app.TownshipTenantAsync("太霞乡")).TownshipId;
        (await DeadlineScenario.RowAsync(reviewer, $"/county/deadlines?Filter.TownshipId={taixiaId}", "周某申请公开财政预算")).ShouldBeNull();
        (await DeadlineScenario.RowAsync(reviewer, $"/county/deadlines?Filter.TownshipId={taixiaId}", "吴某申请公开河道整治合同")).ShouldNotBeNull();
    }

    [Fact]
    public async Task DeadlineApi_ListsOnlyTheCallersTownship()
    {
        await app.OpenDeadlineAsync("太霞乡", "郑某申请公开乡规民约", app.Today());
        var xiaojiang = await app.ClientForAsync("xiaojiang.clerk");
        var taixia = await app.ClientForAsync("taixia.clerk");

        (await taixia.GetStringAsync("/api/workspace/deadlines?state=open")).ShouldContain("郑某申请公开乡规民约");
        (await xiaojiang.GetStringAsync("/api/workspace/deadlines?state=open")).ShouldNotContain("郑某申请公开乡规民约");
    }

    private static FormUrlEncodedContent Form(string token, string days, string reason) => new(new Dictionary<string, string>
    {
        ["Input.Days"] = days,
        ["Input.Reason"] = reason,
        ["__RequestVerificationToken"] = token,
    });
}
