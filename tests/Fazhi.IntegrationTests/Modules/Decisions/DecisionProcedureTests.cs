using System.Net;
using System.Net.Http.Headers;
using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.Platform.Deadlines;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.IntegrationTests.Modules.Decisions;

/// <summary>
/// A major decision of 小江镇 through HTTP, step by step, with every refusal of 国务院令第713号 naming its rule. The clock
/// only moves forward here (2026-11-23 onward), so the whole procedure is one scenario.
/// </summary>
public sealed class DecisionProcedureTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    private const string Xiaojiang = "990100101000";

    [Fact]
    public async Task Procedure_FromInitiationToClosedArchive_RefusesEachStepOutOfOrderByItsRule()
    {
        var clerk = await app.ClientForAsync("xiaojiang.clerk");
        var advisor = await app.ClientForAsync("xiaojiang.advisor");
        var id = await DecisionsApi.InitiateAsync(clerk, "小江镇集镇农贸市场迁建");
        var noRisk = await DecisionsApi.InitiateAsync(clerk, "小江镇垃圾中转站选址");
        var url = $"{DecisionsApi.Base}/{id}";

        // 第15条: at least 30 days unless shortened with a reason.
        (await clerk.SendAsync($"{url}/public-comment", new { days = 20 })).Refused("decisions.participation.period-too-short");
        var opened = (await clerk.SendAsync($"{url}/public-comment", new { })).Ok();
        // 30 calendar days from Mon 2026-11-23: Wed 2026-12-23, a working day.
        opened.GetProperty("commentClosesOn").GetString().ShouldBe("2026-12-23");
        (await clerk.SendAsync($"{DecisionsApi.Base}/{noRisk}/public-comment", new { })).Ok();
        var consultationId = opened.GetProperty("consultationId").GetGuid();
        (await app.Anonymous().PostAsync($"/api/consultations/{consultationId}/comments",
            JsonContent("{\"article\":2,\"content\":\"建议增设停车位。\",\"name\":\"陈先生\",\"contact\":\"13800001111\"}"))).StatusCode.ShouldBe(HttpStatusCode.Created);

        // 第16条: hearing materials at least 7 days ahead.
        (await clerk.SendAsync($"{url}/hearings", new { subject = "摊位分配办法", place = "镇政府会议室", heldOn = "2026-12-01", participantSelection = "随机抽取", participants = "经营户代表6名", noticedOn = "2026-11-27" }))
            .Refused("decisions.hearing.notice-too-late");
        var scheduled = (await clerk.SendAsync($"{url}/hearings", new { subject = "摊位分配办法", place = "镇政府会议室", heldOn = "2026-12-01", participantSelection = "随机抽取", participants = "经营户代表6名" })).Ok();
        var hearingId = scheduled.GetProperty("hearings")[0].GetProperty("id").GetGuid();
        (await DueAsync(DecisionDeadlinesCodes.HearingNotice, hearingId)).ShouldBe(new DateOnly(2026, 11, 24));
        (await clerk.SendAsync($"{url}/hearings/{hearingId}/record", new { record = "笔录", participantsSigned = true })).Refused("decisions.hearing.not-noticed");
        (await clerk.SendAsync($"{url}/hearings/{hearingId}/notice", new { on = "2026-11-24" })).Ok();

        // 第24条: a high risk needs a contingency plan.
        (await clerk.SendAsync($"{url}/risk-assessment", DecisionsApi.Risk(withPlan: false))).Refused("decisions.risk.contingency-plan-missing");
        var risk = (await clerk.SendAsync($"{url}/risk-assessment", DecisionsApi.Risk(withPlan: true))).Ok();
        risk.GetProperty("riskPoints")[0].GetProperty("score").GetInt32().ShouldBe(20);

        // 第26条: at least 7 working days for the reviewer (Mon 23 Nov → Wed 2 Dec).
        (await clerk.SendAsync($"{url}/legality-review-request", new { replyBy = "2026-11-26" })).Refused("decisions.legality.review-time-too-short");
        var requested = (await clerk.SendAsync($"{url}/legality-review-request", new { })).Ok();
        requested.GetProperty("legalityReplyBy").GetString().ShouldBe("2026-12-02");
        (await DueAsync(DecisionDeadlinesCodes.LegalityReview, id)).ShouldBe(new DateOnly(2026, 12, 2));
        (await clerk.SendAsync($"{DecisionsApi.Base}/{noRisk}/legality-review-request", new { })).Ok();

        // 第15条: no decision before the comment period ends.
        (await clerk.SendAsync($"{url}/collective-decision", DecisionsApi.Meeting("2026-11-30"))).Refused("decisions.collective.comment-period-not-ended");

        app.AdvanceClockTo(new DateOnly(2026, 12, 1));
        // Sessions expire as the clock moves on: sign in again, as the users would.
        clerk = await app.ClientForAsync("xiaojiang.clerk");
        (await clerk.SendAsync($"{url}/hearings/{hearingId}/record", new { record = "听证参加人发言6人次，提出意见3条。", participantsSigned = true })).Ok();

        app.AdvanceClockTo(new DateOnly(2026, 12, 24));
        clerk = await app.ClientForAsync("xiaojiang.clerk");
        advisor = await app.ClientForAsync("xiaojiang.advisor");
        // 第25条: no collective decision without a passed legality review.
        (await clerk.SendAsync($"{url}/collective-decision", DecisionsApi.Meeting("2026-12-24"))).Refused("decisions.collective.legality-review-not-passed");
        (await advisor.SendAsync($"{url}/legality-review", new { opinion = 1, opinionText = "属本级政府职权，程序完备，内容合法，同意提交集体讨论。" })).Ok();
        (await advisor.SendAsync($"{DecisionsApi.Base}/{noRisk}/legality-review", new { opinion = 1, opinionText = "内容合法。" })).Ok();
        (await DueAsync(DecisionDeadlinesCodes.LegalityReview, id)).ShouldBeNull();

        // Settings require a risk assessment before the decision.
        (await clerk.SendAsync($"{DecisionsApi.Base}/{noRisk}/collective-decision", DecisionsApi.Meeting("2026-12-24"))).Refused("decisions.collective.risk-assessment-missing");

        // 第30条: the head speaks last (末位表态).
        (await clerk.SendAsync($"{url}/collective-decision", DecisionsApi.Meeting("2026-12-24", headLast: false))).Refused("decisions.collective.head-not-last");
        var decided = (await clerk.SendAsync($"{url}/collective-decision", DecisionsApi.Meeting("2026-12-24"))).Ok();
        decided.GetProperty("stageLabel").GetString().ShouldBe("已决定");
        var meeting = decided.GetProperty("meeting");
        meeting.GetProperty("dissent").GetInt32().ShouldBe(1);
        meeting.GetProperty("views")[2].GetProperty("isHead").GetBoolean().ShouldBeTrue();

        // Not on the portal until published (第32条).
        (await app.Anonymous().GetAsync($"/t/{Xiaojiang}/decisions/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await clerk.SendAsync($"{url}/publication", new { documentNumber = "小江府〔2026〕30号", text = "小江镇人民政府关于集镇农贸市场迁建的决定。", interpretation = "采纳公众意见1条。" })).Ok();
        var portal = await app.Anonymous().GetStringAsync($"/t/{Xiaojiang}/decisions/{id}");
        portal.ShouldContain("小江镇人民政府关于集镇农贸市场迁建的决定");
        portal.ShouldNotContain("属本级政府职权");
        portal.ShouldNotContain("新址较远");
        portal.ShouldNotContain("13800001111");

        // The meeting audio goes into the archive.
        using (var form = new MultipartFormDataContent())
        {
            var audio = new ByteArrayContent([.. "ID3"u8, 4, 0, 0, 0, 0, 0, 0, 1, 2, 3]);
            audio.Headers.ContentType = new MediaTypeHeaderValue("audio/mpeg");
            form.Add(audio, "file", "会议录音.mp3");
            form.Add(new StringContent("会议录音"), "purpose");
            form.Add(new StringContent(await FazhiApp.AntiforgeryTokenAsync(clerk, "/workspace")), "__RequestVerificationToken");
            (await clerk.PostAsync($"{url}/attachments", form)).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        // 第33条: once closed, nothing in the archive changes.
        (await clerk.SendAsync($"{url}/archive/closing")).Ok().GetProperty("seal").GetString()!.Length.ShouldBe(64);
        (await clerk.SendAsync($"{url}/milestones", new { title = "完成迁建", executor = "村镇建设服务中心", dueOn = "2027-06-30" })).Refused("decisions.archive.closed");
        (await clerk.SendAsync($"{url}/publication", new { documentNumber = "x", text = "改写", interpretation = "改写" })).Refused("decisions.archive.closed");
        // The generic attachments endpoint is refused by the same rule: no file slips into a closed archive.
        using (var form = new MultipartFormDataContent
        {
            { new StringContent("MajorDecision"), "ownerType" },
            { new StringContent(id.ToString()), "ownerId" },
            { new StringContent("补充材料"), "purpose" },
            { new StringContent(await FazhiApp.AntiforgeryTokenAsync(clerk, "/workspace")), "__RequestVerificationToken" },
        })
        {
            var late = new ByteArrayContent([.. "ID3"u8, 4, 0, 0, 0, 0, 0, 0, 9, 9, 9]);
            late.Headers.ContentType = new MediaTypeHeaderValue("audio/mpeg");
            form.Add(late, "file", "补充录音.mp3");
            var refused = await clerk.PostAsync("/api/workspace/attachments", form);
            refused.StatusCode.ShouldBe(HttpStatusCode.Conflict);
            (await refused.Content.ReadAsStringAsync()).ShouldContain("decisions.archive.closed");
        }

        (await clerk.ReadJsonAsync($"{url}/archive")).GetProperty("sealHolds").GetBoolean().ShouldBeTrue();

        var zip = await ArchiveZip.ReadAsync(clerk, $"{url}/archive.zip");
        zip.Files.Keys.ShouldContain(k => k.StartsWith("附件/", StringComparison.Ordinal) && k.EndsWith("会议录音.mp3", StringComparison.Ordinal));
        zip.Files.Keys.ShouldContain("06-合法性审查意见.txt");
        zip.IndexHashes.Count.ShouldBe(zip.Files.Count);
        foreach (var (name, hash) in zip.IndexHashes)
        {
            ArchiveZip.Sha256(zip.Files[name]).ShouldBe(hash, name);
        }
    }

    [Fact]
    public async Task DecisionOfAnotherTownship_IsNotFound()
    {
        var clerk = await app.ClientForAsync("xiaojiang.clerk");
        var foreign = await app.WithDbAsync(db => db.Set<Fazhi.Modules.Decisions.Model.MajorDecision>().Where(d => d.Title == "太霞乡集镇农贸市场迁建").Select(d => d.Id).SingleAsync());

        (await clerk.GetAsync($"{DecisionsApi.Base}/{foreign}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await clerk.GetAsync($"/workspace/decisions/{foreign}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private Task<DateOnly?> DueAsync(string rule, Guid subjectId) =>
        app.WithDbAsync(db => db.Set<Deadline>()
            .Where(d => d.RuleCode == rule && d.SubjectId == subjectId && (d.State == DeadlineState.Pending || d.State == DeadlineState.DueSoon || d.State == DeadlineState.Overdue))
            .Select(d => (DateOnly?)d.DueDate).SingleOrDefaultAsync());

    private static StringContent JsonContent(string json) => new(json, System.Text.Encoding.UTF8, "application/json");
}

internal static class DecisionDeadlinesCodes
{
    public const string HearingNotice = "decisions.hearing-notice";
    public const string LegalityReview = "decisions.legality-review";
}
