using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.IntegrationTests.Modules.Decisions;
using Fazhi.IntegrationTests.Platform.Deadlines;
using Fazhi.IntegrationTests.Platform.Tenancy;
using Fazhi.Modules.Disputes.Hotline.Push;
using Fazhi.Modules.Disputes.Writs;
using Fazhi.Platform.Deadlines;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.IntegrationTests.Modules.Disputes;

/// <summary>
/// The intake and its three procedures through HTTP as 小江镇's staff, each refusal naming its rule: a repeat visit is
/// linked, not counted twice; 人民调解 (a written agreement is not effective until signed and sealed, the 30-day
/// 司法确认 window); 信访 (15-day notice, 60 days + 30 with a leader's approval, overdue without it, a matter already
/// accepted is not accepted again); 12345 (the county key, the period by category across the National Day holiday).
/// The fixture's clock starts on Monday 2026-11-23.
/// </summary>
public sealed class DisputeProcedureTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    private const string Api = DisputeRecords.Api;
    private const string Xiaojiang = ForeignRecordRoutes.OwnTownship;

    [Fact]
    public async Task Intake_SameRequesterAndMatterTwice_IsLinkedToTheFirstAndHasOneReplyPeriod()
    {
        var clerk = await app.ClientForAsync("xiaojiang.clerk");
        var body = DisputeRecords.MatterBody(app, requester: "冯桂兰", subject: "反映村口排水沟堵塞");

        var first = (await clerk.SendAsync($"{Api}/matters", body)).Ok(HttpStatusCode.Created);
        var again = (await clerk.SendAsync($"{Api}/matters", body)).Ok(HttpStatusCode.Created);

        again.GetProperty("linkedToId").GetGuid().ShouldBe(first.GetProperty("id").GetGuid());
        again.GetProperty("status").GetString().ShouldBe("重复事项（已关联）");
        (await DueAsync("disputes.matter.reply", first.GetProperty("id").GetGuid())).ShouldBe(new DateOnly(2026, 12, 8));
        (await DueAsync("disputes.matter.reply", again.GetProperty("id").GetGuid())).ShouldBeNull();

        // Closing needs a reply first; the reply meets the period.
        var id = first.GetProperty("id").GetGuid();
        (await clerk.SendAsync($"{Api}/matters/{id}/closing", new { closedOn = "2026-11-23" })).RefusedBy("disputes.matter.close-before-reply");
        (await clerk.SendAsync($"{Api}/matters/{id}/reply", new { text = "已安排村委会疏通排水沟。", repliedOn = "2026-11-23", final = true })).Ok();
        (await clerk.SendAsync($"{Api}/matters/{id}/closing", new { closedOn = "2026-11-23" })).Ok().GetProperty("status").GetString().ShouldBe("已办结");
    }

    [Fact]
    public async Task Mediation_WrittenAgreementWithoutSignatures_IsNotEffective_ThenOpensThe30DayConfirmationWindow()
    {
        var clerk = await app.ClientForAsync("xiaojiang.clerk");

        // 人民调解法 第八条: a committee has three to nine members and includes a woman.
        var men = new[]
        {
            new { name = "甲", gender = 2, role = 1, isLawyer = false },
            new { name = "乙", gender = 2, role = 3, isLawyer = false },
            new { name = "丙", gender = 2, role = 3, isLawyer = false },
        };
        (await clerk.SendAsync($"{Api}/mediation/committees", new { name = "小江镇人民调解委员会（测试）", level = 1, formedOn = "2026-09-01", members = men }))
            .RefusedBy("disputes.committee.no-woman");
        var committee = (await clerk.SendAsync($"{Api}/mediation/committees", new { name = "小江镇人民调解委员会（测试）", level = 1, formedOn = "2026-09-01", members = DisputeRecords.Members }))
            .Ok(HttpStatusCode.Created);
        var committeeId = committee.GetProperty("id").GetGuid();
        committee.GetProperty("termEndsOn").GetString().ShouldBe("2029-09-01");

        var accepted = (await clerk.SendAsync($"{Api}/mediation/cases", DisputeRecords.CaseBody(committeeId, app))).Ok(HttpStatusCode.Created);
        var id = accepted.GetProperty("id").GetGuid();
        (await DueAsync("disputes.mediation.guideline", id)).ShouldBe(new DateOnly(2026, 12, 23));

        // An agreement needs a mediator on the case first.
        (await clerk.SendAsync($"{Api}/mediation/cases/{id}/agreement", DisputeRecords.AgreementBody(app))).RefusedBy("disputes.mediation.mediators-first");
        var mediators = await DisputeRecords.MediatorsOfAsync(app, committeeId);
        (await clerk.SendAsync($"{Api}/mediation/cases/{id}/mediators", new { mediatorIds = new[] { mediators[0] } })).Ok();

        var agreed = (await clerk.SendAsync($"{Api}/mediation/cases/{id}/agreement", DisputeRecords.AgreementBody(app))).Ok();
        agreed.GetProperty("agreementEffectiveOn").ValueKind.ShouldBe(JsonValueKind.Null);
        agreed.GetProperty("missingForEffect").GetArrayLength().ShouldBeGreaterThan(0);
        // 第三十三条: only an effective agreement can be taken to court for 司法确认.
        (await clerk.SendAsync($"{Api}/mediation/cases/{id}/judicial-confirmation", new { appliedOn = "2026-11-23", court = "示范县人民法院" }))
            .RefusedBy("disputes.mediation.agreement-not-effective");

        var docx = await clerk.GetByteArrayAsync($"{Api}/mediation/cases/{id}/agreement.docx");
        var text = WritDocument.TextOf(docx);
        text.ShouldContain("人民调解协议书");
        text.ShouldContain("现金一次性支付，于2026年12月3日前履行完毕。");
        text.ShouldContain("三十日内共同向人民法院申请司法确认");

        var signed = (await clerk.SendAsync($"{Api}/mediation/cases/{id}/signatures", await DisputeRecords.SignaturesBodyAsync(app, id))).Ok();
        signed.GetProperty("agreementEffectiveOn").GetString().ShouldBe("2026-11-23");
        signed.GetProperty("missingForEffect").GetArrayLength().ShouldBe(0);
        var window = await app.WithDbAsync(db => db.Set<Deadline>().SingleAsync(d => d.SubjectId == id && d.RuleCode == "disputes.mediation.judicial-confirmation"));
        window.DueDate.ShouldBe(new DateOnly(2026, 12, 23));
        window.Owner.ShouldBe(DeadlineOwner.Party);

        (await clerk.SendAsync($"{Api}/mediation/cases/{id}/judicial-confirmation", new { appliedOn = "2026-11-23", court = "示范县人民法院" })).Ok();
    }

    [Fact]
    public async Task Mediation_RefusalByAParty_EndsTheCase()
    {
        var clerk = await app.ClientForAsync("xiaojiang.clerk");
        var committee = (await clerk.SendAsync($"{Api}/mediation/committees", new { name = "小江镇某村人民调解委员会（测试）", level = 1, formedOn = "2026-09-01", members = DisputeRecords.Members }))
            .Ok(HttpStatusCode.Created).GetProperty("id").GetGuid();
        var c = (await clerk.SendAsync($"{Api}/mediation/cases", DisputeRecords.CaseBody(committee, app))).Ok(HttpStatusCode.Created);
        var id = c.GetProperty("id").GetGuid();
        var respondent = c.GetProperty("parties")[1].GetProperty("name").GetString();

        (await clerk.SendAsync($"{Api}/mediation/cases/{id}/refusal", new { partyName = "不相干的人", refusedOn = "2026-11-23", reason = "不同意" })).RefusedBy("disputes.mediation.refusing-party");
        var refused = (await clerk.SendAsync($"{Api}/mediation/cases/{id}/refusal", new { partyName = respondent, refusedOn = "2026-11-23", reason = "被申请人明确表示不同意调解。" })).Ok();

        refused.GetProperty("status").GetString().ShouldBe("当事人拒绝调解");
        (await clerk.SendAsync($"{Api}/mediation/cases/{id}/sessions", new { heldOn = "2026-11-23", place = "调解室", participants = "双方", record = "调解" }))
            .RefusedBy("disputes.mediation.closed");
    }

    [Fact]
    public async Task Petition_SameMatterAlreadyAccepted_IsNotAcceptedAgain_AndIsDeclinedNamingTheOrgan()
    {
        var clerk = await app.ClientForAsync("xiaojiang.clerk");
        var body = DisputeRecords.PetitionBody(app);
        var first = (await clerk.SendAsync($"{Api}/petitions", body)).Ok(HttpStatusCode.Created).GetProperty("id").GetGuid();
        (await clerk.SendAsync($"{Api}/petitions/{first}/acceptance", DisputeRecords.AcceptanceBody(app))).Ok();
        var second = (await clerk.SendAsync($"{Api}/petitions", body)).Ok(HttpStatusCode.Created).GetProperty("id").GetGuid();

        // 第十九条第三款: an accepted matter being handled is not accepted a second time.
        (await clerk.SendAsync($"{Api}/petitions/{second}/acceptance", DisputeRecords.AcceptanceBody(app))).RefusedBy("disputes.petition.already-accepted");
        (await clerk.SendAsync($"{Api}/petitions/{second}/decline", new { declinedOn = "2026-11-23", acceptedElsewhereBy = " ", reason = "已受理" })).Status
            .ShouldBeOneOf(HttpStatusCode.BadRequest, HttpStatusCode.Conflict);
        (await clerk.SendAsync($"{Api}/petitions/{second}/decline", new { declinedOn = "2026-11-23", acceptedElsewhereBy = "小江镇人民政府", reason = "同一事项已受理、正在办理。" })).Ok()
            .GetProperty("status").GetString().ShouldBe("不予受理");
    }

    [Fact]
    public async Task Hotline_PushWithAWrongKey_IsRefused_TheRightKeyGivesThePeriodOfItsCategoryAcrossNationalDay()
    {
        var key = await DisputeRecords.HotlineKeyAsync(app, Xiaojiang);
        var number = "12345-2026-0930-001";
        var body = new
        {
            ticketNumber = number,
            townshipCode = Xiaojiang,
            category = "咨询",
            urgent = false,
            dispatchedAt = new DateTimeOffset(2026, 9, 30, 16, 0, 0, TimeSpan.FromHours(8)),
            callerName = "何丽萍",
            callerPhone = "13512345678",
            title = "咨询农村低保申请条件",
            content = "来电人咨询农村最低生活保障的申请条件和办理流程。",
        };

        var wrong = await PushAsync(body, "not-the-county-key");
        wrong.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await wrong.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().ShouldBe("disputes.hotline.key-invalid");
        (await PushAsync(body, null)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await app.WithDbAsync(db => db.Set<Fazhi.Modules.Disputes.Model.HotlineTicket>().CountAsync(t => t.TicketNumber == number))).ShouldBe(0);

        var received = await PushAsync(body, key);
        received.StatusCode.ShouldBe(HttpStatusCode.Created);
        // 咨询: 3 working days; 1–7 October are the holiday, 10 October (Saturday) a make-up working day.
        (await received.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("dueOn").GetString().ShouldBe("2026-10-10");

        var again = await PushAsync(body, key);
        again.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("alreadyReceived").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task Hotline_TicketIsDispatched_RepliedAndFollowedUp_ReturnNeedsAReason()
    {
        var clerk = await app.ClientForAsync("xiaojiang.clerk");
        var id = await DisputeRecords.TicketAsync(app, townshipCode: Xiaojiang);
        var ticket = (await clerk.GetFromJsonAsync<JsonElement>($"{Api}/hotline/tickets/{id}"));
        // 投诉: 10 working days from Monday 23 November.
        ticket.GetProperty("dueOn").GetString().ShouldBe("2026-12-07");

        (await clerk.SendAsync($"{Api}/hotline/tickets/{id}/reply", new { text = "已维修。", repliedOn = "2026-11-23" })).RefusedBy("disputes.hotline.not-dispatched");
        (await clerk.SendAsync($"{Api}/hotline/tickets/{id}/return", new { returnedOn = "2026-11-23", reason = " " })).Status.ShouldBeOneOf(HttpStatusCode.BadRequest, HttpStatusCode.Conflict);
        (await clerk.SendAsync($"{Api}/hotline/tickets/{id}/dispatch", new { office = "党政综合办公室", dispatchedOn = "2026-11-23" })).Ok();
        (await clerk.SendAsync($"{Api}/hotline/tickets/{id}/reply", new { text = "已安排电工更换路灯，现已恢复照明。", repliedOn = "2026-11-23" })).Ok()
            .GetProperty("repliedOnTime").GetBoolean().ShouldBeTrue();
        (await clerk.SendAsync($"{Api}/hotline/tickets/{id}/follow-up", new { satisfaction = 1, followUpOn = "2026-11-23" })).Ok()
            .GetProperty("satisfaction").GetString().ShouldBe("满意");
        (await clerk.SendAsync($"{Api}/hotline/tickets/{id}/follow-up", new { satisfaction = 1, followUpOn = "2026-11-23" })).RefusedBy("disputes.hotline.followed-up");

        // The clerk finds it on the ticket ledger by its number (the search runs in SQL over the ticket and its matter).
        var number = await app.WithDbAsync(db => db.Set<Fazhi.Modules.Disputes.Model.HotlineTicket>().Where(t => t.Id == id).Select(t => t.TicketNumber).SingleAsync());
        var ledger = await clerk.GetAsync($"/workspace/disputes/hotline?Filter.Q={number}");
        ledger.StatusCode.ShouldBe(HttpStatusCode.OK);
        var rows = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await ledger.Content.ReadAsStringAsync()).QuerySelectorAll("table.tickets tbody tr");
        rows.Length.ShouldBe(1);
        rows[0].TextContent.ShouldContain("已办结");
        rows[0].TextContent.ShouldContain("满意");
    }

    private async Task<HttpResponseMessage> PushAsync(object body, string? key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/hotline/tickets") { Content = JsonContent.Create(body) };
        if (key is not null)
        {
            request.Headers.Add(PushTicketHandler.KeyHeader, key);
        }

        return await app.Anonymous().SendAsync(request);
    }

    private Task<DateOnly?> DueAsync(string rule, Guid subjectId) =>
        app.WithDbAsync(db => db.Set<Deadline>()
            .Where(d => d.RuleCode == rule && d.SubjectId == subjectId && (d.State == DeadlineState.Pending || d.State == DeadlineState.DueSoon || d.State == DeadlineState.Overdue))
            .Select(d => (DateOnly?)d.DueDate).SingleOrDefaultAsync());

}

internal static class DisputeAssertions
{
    /// <summary>A 409 ProblemDetails naming the rule, with its Chinese message.</summary>
    public static void RefusedBy(this (HttpStatusCode Status, JsonElement Json) result, string code)
    {
        result.Status.ShouldBe(HttpStatusCode.Conflict, result.Json.ToString());
        result.Json.GetProperty("code").GetString().ShouldBe(code);
        result.Json.GetProperty("detail").GetString().ShouldNotBeNullOrWhiteSpace();
    }
}

/// <summary>信访 periods with the clock moved past the 60 days (a fixture of its own: the clock only moves forward).</summary>
public sealed class PetitionDeadlineTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    private const string Api = DisputeRecords.Api;

    [Fact]
    public async Task Petition_NoticeIn15Days_HandlingIn60_ExtendedOnlyByALeader_OverdueWithoutExtension()
    {
        var clerk = await app.ClientForAsync("xiaojiang.clerk");
        var leader = await app.ClientForAsync("xiaojiang.leader");
        var plain = (await clerk.SendAsync($"{Api}/petitions", DisputeRecords.PetitionBody(app))).Ok(HttpStatusCode.Created).GetProperty("id").GetGuid();
        var extended = (await clerk.SendAsync($"{Api}/petitions", DisputeRecords.PetitionBody(app))).Ok(HttpStatusCode.Created).GetProperty("id").GetGuid();

        // 第二十三条: the written notice within 15 days of receipt (Mon 23 Nov → Tue 8 Dec).
        (await DueAsync("disputes.petition.notice", plain)).ShouldBe(new DateOnly(2026, 12, 8));
        foreach (var id in new[] { plain, extended })
        {
            var accepted = (await clerk.SendAsync($"{Api}/petitions/{id}/acceptance", DisputeRecords.AcceptanceBody(app))).Ok();
            accepted.GetProperty("handlingDueOn").GetString().ShouldBe("2027-01-22");
        }

        var notice = WritDocument.TextOf(await clerk.GetByteArrayAsync($"{Api}/petitions/{plain}/acceptance-notice.docx"));
        notice.ShouldContain("信访事项受理告知书");
        notice.ShouldContain("《信访工作条例》第二十三条");
        notice.ShouldContain("2027年1月22日前办结");

        // 第三十四条: the head of the organ approves an extension of at most 30 days.
        (await clerk.SendAsync($"{Api}/petitions/{extended}/extension", new { days = 30, reason = "需现场勘测。", notifiedOn = "2026-11-23" })).Status.ShouldBe(HttpStatusCode.Forbidden);
        (await leader.SendAsync($"{Api}/petitions/{extended}/extension", new { days = 20, reason = "需会同县自然资源局现场勘测。", notifiedOn = "2026-11-23" })).Ok()
            .GetProperty("handlingDueOn").GetString().ShouldBe("2027-02-11");
        (await leader.SendAsync($"{Api}/petitions/{extended}/extension", new { days = 11, reason = "再延长。", notifiedOn = "2026-11-23" })).RefusedBy("disputes.petition.extension-over-30");

        app.AdvanceClockTo(new DateOnly(2027, 1, 25));
        await app.SweepAsync();

        (await StateAsync("disputes.petition.handling", plain)).ShouldBe(DeadlineState.Overdue);
        (await StateAsync("disputes.petition.handling", extended)).ShouldNotBe(DeadlineState.Overdue);
    }

    private Task<DateOnly?> DueAsync(string rule, Guid subjectId) =>
        app.WithDbAsync(db => db.Set<Deadline>()
            .Where(d => d.RuleCode == rule && d.SubjectId == subjectId && (d.State == DeadlineState.Pending || d.State == DeadlineState.DueSoon || d.State == DeadlineState.Overdue))
            .Select(d => (DateOnly?)d.DueDate).SingleOrDefaultAsync());

    private Task<DeadlineState> StateAsync(string rule, Guid subjectId) =>
        app.WithDbAsync(db => db.Set<Deadline>().Where(d => d.RuleCode == rule && d.SubjectId == subjectId).Select(d => d.State).SingleAsync());
}
