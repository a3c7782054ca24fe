using System.Net;
using System.Net.Http.Json;
using AngleSharp.Html.Parser;
using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.IntegrationTests.Platform.Tenancy;
using Fazhi.Platform.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.IntegrationTests.Platform.Notifications;

/// <summary>
/// 通知中心 (issue 14 item 2): a step that hands someone work or refuses their work tells that person — and only them —
/// once; they see the count on the bell of every workspace page, read the list, filter the unread and mark them read.
/// </summary>
public sealed class NotificationCentreTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    [Fact]
    public async Task LegalityReviewAssignment_TellsTheAssignedAdvisorOnce_AndNoOneElse()
    {
        var clerk = await app.ClientForAsync("xiaojiang.clerk");
        var advisor = await app.ClientForAsync("xiaojiang.advisor");
        var leader = await app.ClientForAsync("xiaojiang.leader");
        var otherAdvisor = await app.ClientForAsync("taixia.advisor");
        var before = (Advisor: await NotificationScenario.UnreadAsync(advisor), Clerk: await NotificationScenario.UnreadAsync(clerk),
            Leader: await NotificationScenario.UnreadAsync(leader), Other: await NotificationScenario.UnreadAsync(otherAdvisor));

        var id = await NotificationScenario.AssignLegalityReviewAsync(clerk, "小江镇农村人居环境整治管理办法（送审通知）");

        (await NotificationScenario.UnreadAsync(advisor)).ShouldBe(before.Advisor + 1);
        (await NotificationScenario.UnreadAsync(clerk)).ShouldBe(before.Clerk, "送审的法制员不会收到自己操作的通知");
        (await NotificationScenario.UnreadAsync(leader)).ShouldBe(before.Leader);
        (await NotificationScenario.UnreadAsync(otherAdvisor)).ShouldBe(before.Other, "其他乡镇的法律顾问不应收到通知");

        var mine = (await NotificationScenario.ListAsync(advisor, unreadOnly: true)).Where(n => n.GetProperty("url").GetString() == $"/workspace/documents/{id}").ToList();
        mine.Count.ShouldBe(1);
        mine[0].GetProperty("kindLabel").GetString().ShouldBe("新任务");
        mine[0].GetProperty("title").GetString()!.ShouldContain("小江镇农村人居环境整治管理办法（送审通知）");
        mine[0].GetProperty("senderName").GetString().ShouldBe("小江镇法制员");
        (await app.WithDbAsync(db => db.Set<Notification>().CountAsync(n => n.Url == $"/workspace/documents/{id}"))).ShouldBe(1);
    }

    [Fact]
    public async Task MarkingRead_LowersTheBellInTheNavigation_AndTheUnreadFilterDropsIt()
    {
        var clerk = await app.ClientForAsync("xiaojiang.clerk");
        var advisor = await app.ClientForAsync("xiaojiang.advisor");
        const string title = "小江镇村规民约指导办法（标为已读）";
        await NotificationScenario.AssignLegalityReviewAsync(clerk, title);
        var unread = await NotificationScenario.UnreadAsync(advisor);
        unread.ShouldBeGreaterThan(0);
        (await NotificationScenario.BellAsync(advisor)).ShouldBe(unread);

        var page = new HtmlParser().ParseDocument(await advisor.GetStringAsync("/workspace/notifications?unread=true"));
        var item = page.QuerySelectorAll("li.notification").Single(li => li.TextContent.Contains(title, StringComparison.Ordinal));
        item.ClassList.ShouldContain("unread");
        var action = item.QuerySelector("form")!.GetAttribute("action")!;
        var token = await FazhiApp.AntiforgeryTokenAsync(advisor, "/workspace/notifications");
        var read = await advisor.PostAsync(action, new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        read.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        (await NotificationScenario.BellAsync(advisor)).ShouldBe(unread - 1 == 0 ? null : unread - 1);
        (await advisor.GetStringAsync("/workspace/notifications?unread=true")).ShouldNotContain(title);
        var all = new HtmlParser().ParseDocument(await advisor.GetStringAsync("/workspace/notifications"));
        all.QuerySelectorAll("li.notification.read").ShouldContain(li => li.TextContent.Contains(title, StringComparison.Ordinal) && li.TextContent.Contains("已读于", StringComparison.Ordinal));

        var readAll = await advisor.PostAsync("/workspace/notifications?handler=ReadAll", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        readAll.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await NotificationScenario.BellAsync(advisor)).ShouldBeNull();
        (await NotificationScenario.UnreadAsync(advisor)).ShouldBe(0);
        (await advisor.GetStringAsync("/workspace/notifications?unread=true")).ShouldContain("没有未读通知。");
    }

    [Fact]
    public async Task SomeoneElsesNotification_CannotBeMarkedRead_ByAColleagueOrAnotherTownship()
    {
        var clerk = await app.ClientForAsync("xiaojiang.clerk");
        var advisor = await app.ClientForAsync("xiaojiang.advisor");
        var id = await NotificationScenario.AssignLegalityReviewAsync(clerk, "小江镇集镇摊点管理办法（他人通知）");
        var notificationId = (await NotificationScenario.ListAsync(advisor, unreadOnly: true))
            .Single(n => n.GetProperty("url").GetString() == $"/workspace/documents/{id}").GetProperty("id").GetGuid();

        (await clerk.PostAsync($"/api/workspace/notifications/{notificationId}/read", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await app.ClientForAsync("taixia.advisor")).PostAsync($"/api/workspace/notifications/{notificationId}/read", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await NotificationScenario.ListAsync(advisor, unreadOnly: true)).ShouldContain(n => n.GetProperty("id").GetGuid() == notificationId);

        (await advisor.PostAsync($"/api/workspace/notifications/{notificationId}/read", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await NotificationScenario.ListAsync(advisor, unreadOnly: true)).ShouldNotContain(n => n.GetProperty("id").GetGuid() == notificationId);
    }

    [Fact]
    public async Task CountyFilingRefusal_TellsTheTownshipsClerk_AsARefusal()
    {
        var id = await DocumentRecords.DocumentAsync(app, DocumentProgress.CorrectionOrdered);

        var told = (await NotificationScenario.ListAsync(await app.ClientForAsync("taixia.clerk"))).Where(n => n.GetProperty("url").GetString() == $"/workspace/documents/{id}").ToList();
        told.ShouldContain(n => n.GetProperty("kind").GetString() == "Refusal" && n.GetProperty("title").GetString()!.Contains("责令纠正", StringComparison.Ordinal));
        told.Single(n => n.GetProperty("kind").GetString() == "Refusal").GetProperty("body").GetString()!.ShouldContain("门前三包");
        (await NotificationScenario.ListAsync(await app.ClientForAsync("xiaojiang.clerk"))).ShouldNotContain(n => n.GetProperty("url").GetString() == $"/workspace/documents/{id}");
    }

    [Fact]
    public async Task CaseFiling_TellsTheTownshipsEnforcementOfficers()
    {
        var caseId = await EnforcementRecords.CaseAsync(app, CaseProgress.Filed);

        var told = (await NotificationScenario.ListAsync(await app.ClientForAsync("taixia.officer"))).Where(n => n.GetProperty("url").GetString() == $"/workspace/enforcement/cases/{caseId}").ToList();
        told.Count.ShouldBe(1);
        told[0].GetProperty("kindLabel").GetString().ShouldBe("新任务");
        told[0].GetProperty("title").GetString()!.ShouldContain("在集镇建成区占道经营");
        (await NotificationScenario.ListAsync(await app.ClientForAsync("xiaojiang.officer"))).ShouldNotContain(n => n.GetProperty("url").GetString() == $"/workspace/enforcement/cases/{caseId}");
    }

    [Fact]
    public async Task HotlineTicket_PushedToTheTownship_TellsItsClerk_AndDispatch_TellsTheAssignee()
    {
        var ticketId = await DisputeRecords.TicketAsync(app);
        var url = $"/workspace/disputes/hotline/{ticketId}";
        var clerk = await app.ClientForAsync("taixia.clerk");
        (await NotificationScenario.ListAsync(clerk)).Count(n => n.GetProperty("url").GetString() == url).ShouldBe(1);
        (await NotificationScenario.ListAsync(await app.ClientForAsync("xiaojiang.clerk"))).ShouldNotContain(n => n.GetProperty("url").GetString() == url);

        var dispatched = await clerk.PostAsJsonAsync($"/api/workspace/disputes/hotline/tickets/{ticketId}/dispatch",
            new { office = "党政综合办公室", assigneeUserName = "taixia.leader", dispatchedOn = Taixia.Today(app) });
        dispatched.IsSuccessStatusCode.ShouldBeTrue(await dispatched.Content.ReadAsStringAsync());

        var told = (await NotificationScenario.ListAsync(await app.ClientForAsync("taixia.leader"))).Where(n => n.GetProperty("url").GetString() == url).ToList();
        told.Count.ShouldBe(1);
        told[0].GetProperty("title").GetString()!.ShouldStartWith("12345工单派您办理");
        (await NotificationScenario.ListAsync(clerk)).Count(n => n.GetProperty("url").GetString() == url).ShouldBe(1, "派单的法制员不会因自己的派单再收到通知");
    }

    [Fact]
    public async Task Centre_PagesTwentyAtATime_NewestFirst()
    {
        var clerk = await app.ClientForAsync("xiaojiang.clerk");
        var advisor = await app.ClientForAsync("xiaojiang.advisor");
        for (var i = 1; i <= 21; i++)
        {
            app.Clock.Advance(TimeSpan.FromSeconds(1));
            await NotificationScenario.AssignLegalityReviewAsync(clerk, $"小江镇分页测试办法第{i}号");
        }

        var first = await advisor.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/workspace/notifications?unread=true&page=1");
        first.GetProperty("items").GetArrayLength().ShouldBe(20);
        first.GetProperty("pageCount").GetInt32().ShouldBeGreaterThanOrEqualTo(2);
        first.GetProperty("items")[0].GetProperty("title").GetString()!.ShouldContain("小江镇分页测试办法第21号");
        var html = await advisor.GetStringAsync("/workspace/notifications?unread=true");
        html.ShouldContain("下一页");
        (await advisor.GetStringAsync("/workspace/notifications?unread=true&p=2")).ShouldContain("上一页");
    }

    [Fact]
    public async Task ExtensionRequest_TellsTheTownshipsLeaders_AndTheDecisionTellsTheRequester()
    {
        var clerk = await app.ClientForAsync("xiaojiang.clerk");
        var leader = await app.ClientForAsync("xiaojiang.leader");
        var deputy = await app.ClientForAsync("xiaojiang.deputy");
        var otherLeader = await app.ClientForAsync("taixia.leader");
        var deadline = await NotificationScenario.PetitionDeadlineAsync(app, clerk, "反映承包地被占用耕种（延期通知）");
        var before = (Clerk: await NotificationScenario.UnreadAsync(clerk), Leader: await NotificationScenario.UnreadAsync(leader),
            Deputy: await NotificationScenario.UnreadAsync(deputy), Other: await NotificationScenario.UnreadAsync(otherLeader));

        var asked = await NotificationScenario.DeadlineStepAsync(clerk, $"{deadline}/extension-requests", new { days = 10, reason = "需会同村委会、自然资源所现场勘界，情况复杂。" });
        asked.Status.ShouldBe(HttpStatusCode.OK, asked.Json.ToString());
        (await NotificationScenario.UnreadAsync(leader)).ShouldBe(before.Leader + 1);
        (await NotificationScenario.UnreadAsync(deputy)).ShouldBe(before.Deputy + 1);
        (await NotificationScenario.UnreadAsync(clerk)).ShouldBe(before.Clerk, "申请人不会收到自己申请的通知");
        (await NotificationScenario.UnreadAsync(otherLeader)).ShouldBe(before.Other, "其他乡镇的领导不应收到通知");
        var notice = (await NotificationScenario.ListAsync(leader, unreadOnly: true)).Single(n => n.GetProperty("url").GetString() == $"/workspace/deadlines/{deadline}");
        notice.GetProperty("kindLabel").GetString().ShouldBe("新任务");
        notice.GetProperty("body").GetString()!.ShouldContain("延长 10 日");

        // A refusal must give its reason; the requester is told why.
        (await NotificationScenario.DeadlineStepAsync(leader, $"{deadline}/extension-requests/refusal", new { reason = " " })).Status.ShouldBe(HttpStatusCode.Conflict);
        (await NotificationScenario.DeadlineStepAsync(leader, $"{deadline}/extension-requests/refusal", new { reason = "书面告知期限不宜延长，请先行告知受理情况。" })).Status.ShouldBe(HttpStatusCode.OK);
        (await NotificationScenario.UnreadAsync(clerk)).ShouldBe(before.Clerk + 1);
        var refused = (await NotificationScenario.ListAsync(clerk, unreadOnly: true)).Single(n => n.GetProperty("url").GetString() == $"/workspace/deadlines/{deadline}");
        refused.GetProperty("kindLabel").GetString().ShouldBe("退回与不予通过");
        refused.GetProperty("body").GetString()!.ShouldContain("书面告知期限不宜延长");

        // Asked again and approved: the requester learns the new due date.
        (await NotificationScenario.DeadlineStepAsync(clerk, $"{deadline}/extension-requests", new { days = 5, reason = "信访人外出务工，需电话联系确认。" })).Status.ShouldBe(HttpStatusCode.OK);
        var approved = await NotificationScenario.DeadlineStepAsync(deputy, $"{deadline}/extension-requests/approval");
        approved.Status.ShouldBe(HttpStatusCode.OK, approved.Json.ToString());
        var due = approved.Json.GetProperty("dueDate").GetString()!;
        (await NotificationScenario.ListAsync(clerk, unreadOnly: true)).ShouldContain(n =>
            n.GetProperty("title").GetString()!.StartsWith("延期已批准", StringComparison.Ordinal) && n.GetProperty("body").GetString()!.Contains(due, StringComparison.Ordinal));
    }
}
