using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Fazhi.IntegrationTests.Infrastructure;
using static Fazhi.IntegrationTests.Modules.Enforcement.EnforcementApi;

namespace Fazhi.IntegrationTests.Modules.Enforcement;

/// <summary>
/// The hearing (《行政处罚法》第六十三条至第六十五条), the simplified procedure (第五十一条) and complaints about
/// enforcement, through the API as 小江镇's staff and the public use them.
/// </summary>
public sealed class HearingAndSimplifiedProcedureTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    private static readonly string[] FineOnly = ["罚款"];

    [Fact]
    public async Task HeavyFine_WithAHearing_IsRefusedAtEachStepTheLawForbids_AndDecidedAfterHearingAndReview()
    {
        var clerk = await app.ClientForAsync("xiaojiang.clerk");
        var officer = await app.ClientForAsync("xiaojiang.officer");
        var leader = await app.ClientForAsync("xiaojiang.leader");
        var advisor = await app.ClientForAsync("xiaojiang.advisor");
        var power = await PowerAsync(clerk, "村庄规划区擅自搭建");
        var officers = await CertifiedOfficersAsync(clerk);
        var created = (await clerk.SendAsync("/cases", NewCase(power.GetProperty("id").GetGuid(), officers.Skip(12).Take(2), new DateOnly(2026, 9, 25),
            partyName: "杨国栋", isMajor: false))).ShouldSucceed();
        var id = created.GetProperty("id").GetGuid();
        var caseOfficer = created.GetProperty("officers")[0].GetString()!;
        (await officer.SendAsync($"/cases/{id}/evidence", new { kind = "现场笔录", description = "现场勘验笔录及测绘图", collectedBy = caseOfficer, collectedOn = "2026-09-25" })).ShouldSucceed();

        // A fine of 20,000 yuan on a natural person reaches the hearing threshold (第六十三条; setting, default 10,000).
        var noticed = (await clerk.SendAsync($"/cases/{id}/notice", new { kinds = FineOnly, fine = 20000, on = "2026-09-28" })).ShouldSucceed();
        noticed.GetProperty("hearingEligible").GetBoolean().ShouldBeTrue();
        (await clerk.SendAsync($"/cases/{id}/statement", new { summary = "当事人称建房系自住需要，请求从轻处罚。", waived = false })).ShouldSucceed();

        // Five working days after the notice have long passed by 20 October, 国庆 included (第六十四条).
        (await clerk.SendAsync($"/cases/{id}/hearing-request", new { on = "2026-10-20" })).ShouldBeRefusedBy("enforcement.hearing.request-late");
        (await clerk.SendAsync($"/cases/{id}/hearing-request", new { on = "2026-09-30" })).ShouldSucceed();

        // No decision while the requested hearing has not been held (第六十五条).
        (await leader.SendAsync($"/cases/{id}/decision", new { kinds = FineOnly, fine = 20000, text = "决定书正文", on = "2026-11-02" }))
            .ShouldBeRefusedBy("enforcement.decision.hearing-pending");

        // Seven days' notice, and a host who did not investigate the case (第六十四条).
        (await clerk.SendAsync($"/cases/{id}/hearing-notice", new { notifiedOn = "2026-11-02", hearingOn = "2026-11-05", host = "镇司法所所长" }))
            .ShouldBeRefusedBy("enforcement.hearing.notice-too-late");
        (await clerk.SendAsync($"/cases/{id}/hearing-notice", new { notifiedOn = "2026-11-02", hearingOn = "2026-11-20", host = caseOfficer }))
            .ShouldBeRefusedBy("enforcement.hearing.host-is-investigator").ShouldContain(caseOfficer);
        (await clerk.SendAsync($"/cases/{id}/hearing-notice", new { notifiedOn = "2026-11-02", hearingOn = "2026-11-20", host = "镇司法所所长" })).ShouldSucceed();
        (await clerk.SendAsync($"/cases/{id}/hearing", new { heldOn = "2026-11-20", record = "当事人到场陈述，执法人员出示证据，当事人对事实无异议，请求从轻。" })).ShouldSucceed();

        // A penalty decided after a hearing needs the legal review (第五十八条第一款第二项).
        (await leader.SendAsync($"/cases/{id}/decision", new { kinds = FineOnly, fine = 15000, text = "决定书正文", on = "2026-11-20" }))
            .ShouldBeRefusedBy("enforcement.decision.legal-review-missing");
        (await clerk.SendAsync($"/cases/{id}/legal-review-request", new { on = "2026-11-20" })).ShouldSucceed();
        (await advisor.SendAsync($"/cases/{id}/legal-review", new { opinion = 1, reasons = "听证程序合法，采纳当事人从轻处罚的意见适当。", on = "2026-11-23" })).ShouldSucceed();
        var decided = (await leader.SendAsync($"/cases/{id}/decision", new { kinds = FineOnly, fine = 15000, text = "经听证，决定处以罚款人民币15000元。", on = "2026-11-23" })).ShouldSucceed();
        decided.GetProperty("fineAmount").GetDecimal().ShouldBe(15000m);
    }

    [Fact]
    public async Task OnTheSpotPenalty_WithinTheLimit_IsDecidedAtOnce_AndAboveItIsRefusedLeavingNoCase()
    {
        var clerk = await app.ClientForAsync("xiaojiang.clerk");
        var officer = await app.ClientForAsync("xiaojiang.officer");
        var power = await PowerAsync(clerk, "集镇建成区占道经营");
        var officers = await CertifiedOfficersAsync(clerk);
        object Spot(decimal fine, string party) => new
        {
            @case = NewCase(power.GetProperty("id").GetGuid(), officers.Skip(16).Take(2), new DateOnly(2026, 11, 23), partyName: party, isMajor: false),
            kinds = FineOnly,
            fine,
            text = $"当事人{party}占道摆卖，当场处以罚款{fine}元。",
        };

        // 第五十一条: a natural person may be fined on the spot up to 200 yuan.
        (await officer.SendAsync("/cases/on-the-spot", Spot(500, "龙金凤"))).ShouldBeRefusedBy("enforcement.simplified.outside-limits");
        var decided = (await officer.SendAsync("/cases/on-the-spot", Spot(100, "龙金凤"))).ShouldSucceed();

        decided.GetProperty("procedure").GetString()!.ShouldContain("简易");
        decided.GetProperty("decisionNumber").GetString().ShouldNotBeNullOrEmpty();
        var cases = await clerk.ReadAsync("/cases?year=2026");
        cases.EnumerateArray().Count(c => c.GetProperty("partyName").GetString() == "龙金凤").ShouldBe(1);
    }

    [Fact]
    public async Task Complaint_FromThePortal_IsListedForTheTownship_AndAnsweredWithTheCaseLinked()
    {
        var anonymous = app.Anonymous();
        var sent = await anonymous.PostAsJsonAsync("/api/portal/enforcement/990100101000/complaints",
            new { name = "黎文斌", phone = "13500001111", content = "执法人员在检查时未出示执法证件，态度粗暴，请核查。" });
        sent.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var invalid = await anonymous.PostAsJsonAsync("/api/portal/enforcement/990100101000/complaints", new { name = "", content = "太短" });
        invalid.StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var clerk = await app.ClientForAsync("xiaojiang.clerk");
        var complaint = (await clerk.ReadAsync("/complaints")).EnumerateArray().Single(c => c.GetProperty("complainantName").GetString() == "黎文斌");
        var someCase = (await clerk.ReadAsync("/cases?year=2022")).EnumerateArray().First().GetProperty("id").GetGuid();
        var reply = await clerk.PostAsJsonAsync($"{Base}/complaints/{complaint.GetProperty("id").GetGuid()}/reply",
            new { caseId = someCase, reply = "经核查，当日执法人员已出示证件，已对其执法用语进行批评教育。", on = "2026-11-23" });
        reply.StatusCode.ShouldBe(HttpStatusCode.NoContent, await reply.Content.ReadAsStringAsync());

        var answered = (await clerk.ReadAsync("/complaints")).EnumerateArray().Single(c => c.GetProperty("complainantName").GetString() == "黎文斌");
        answered.GetProperty("repliedOn").GetString().ShouldBe("2026-11-23");
        answered.GetProperty("caseId").GetGuid().ShouldBe(someCase);

        // Other townships never see it.
        var taixia = await app.ClientForAsync("taixia.clerk");
        var theirs = await taixia.GetFromJsonAsync<JsonElement>($"{Base}/complaints");
        theirs.EnumerateArray().ShouldNotContain(c => c.GetProperty("complainantName").GetString() == "黎文斌");
    }

    [Fact]
    public async Task ComplaintCasePicker_OffersTheRecentCases_AndFindsAnOlderOneByItsNumber_InItsOwnTownshipOnly()
    {
        (await app.Anonymous().PostAsJsonAsync("/api/portal/enforcement/990100101000/complaints",
            new { name = "贺文涛", phone = "13500002222", content = "执法人员在检查时未告知陈述申辩权利，请核查。" })).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var clerk = await app.ClientForAsync("xiaojiang.clerk");
        var older = (await clerk.ReadAsync("/cases?year=2022")).EnumerateArray().Last();
        var (olderId, olderNumber) = (older.GetProperty("id").GetGuid(), older.GetProperty("caseNumber").GetString()!);

        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await clerk.GetStringAsync("/workspace/enforcement/complaints?state=pending"));
        var picker = page.QuerySelector("select[name='CaseId']")!;
        // The page writes the latest cases into each picker (and “不关联”); the picker asks for the rest as the clerk types.
        picker.QuerySelectorAll("option").Length.ShouldBe(1 + 10);
        picker.TextContent.ShouldNotContain(olderNumber);
        var source = picker.GetAttribute("data-picker-source")!;
        var found = await clerk.GetFromJsonAsync<JsonElement>($"{source}&term={Uri.EscapeDataString(olderNumber)}");
        found.EnumerateArray().Select(c => c.GetProperty("value").GetGuid()).ShouldContain(olderId);
        found.EnumerateArray().Single(c => c.GetProperty("value").GetGuid() == olderId).GetProperty("text").GetString()!.ShouldStartWith(olderNumber);

        // Another township's clerk searching the same 案号 finds none of 小江镇's cases.
        var taixia = await app.ClientForAsync("taixia.clerk");
        var theirs = await taixia.GetFromJsonAsync<JsonElement>($"{source}&term={Uri.EscapeDataString(olderNumber)}");
        theirs.EnumerateArray().Select(c => c.GetProperty("value").GetGuid()).ShouldNotContain(olderId);
    }
}
