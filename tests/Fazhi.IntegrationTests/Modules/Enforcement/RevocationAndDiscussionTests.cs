using System.Net;
using System.Net.Http.Json;
using AngleSharp.Html.Parser;
using Fazhi.IntegrationTests.Infrastructure;
using static Fazhi.IntegrationTests.Modules.Enforcement.EnforcementApi;

namespace Fazhi.IntegrationTests.Modules.Enforcement;

/// <summary>
/// Revoking a published decision and withdrawing it from the portal (《行政处罚法》第四十八条第二款, 3 working days by
/// 第八十五条), and the 集体讨论 a complex case needs before its decision (第五十七条第二款). Today is 2026-11-23.
/// </summary>
public sealed class RevocationAndDiscussionTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    private const string Column = "/t/990100101000/enforcement";
    private static readonly string[] FineOnly = ["罚款"];

    [Fact]
    public async Task PublishedDecision_RevokedByLeader_MustBeWithdrawnWithinThreeWorkingDays_AndThenLeavesThePortal()
    {
        var clerk = await app.ClientForAsync("xiaojiang.clerk");
        var leader = await app.ClientForAsync("xiaojiang.leader");
        var (id, caseNumber) = await FileAsync(clerk, "陆金水", isComplex: false, officerOffset: 0);
        await NoticeAsync(await app.ClientForAsync("xiaojiang.officer"), id, 300);
        var decided = (await leader.SendAsync($"/cases/{id}/decision", new { kinds = FineOnly, fine = 300, text = "当事人陆金水占道摆卖，决定处以罚款300元。", on = "2026-11-10" })).ShouldSucceed();
        var decisionNumber = decided.GetProperty("decisionNumber").GetString()!;
        (await clerk.SendAsync($"/cases/{id}/publication", new { on = "2026-11-12" })).ShouldSucceed();
        var link = await PortalLinkAsync(decisionNumber);
        link.ShouldNotBeNull();
        (await app.Anonymous().GetAsync(link)).StatusCode.ShouldBe(HttpStatusCode.OK);

        // A standing decision stays public: no withdrawal without revocation (第四十八条).
        (await clerk.SendAsync($"/cases/{id}/withdrawal", new { }))
            .ShouldBeRefusedBy("enforcement.publicity.not-revoked").ShouldContain("第四十八条");

        // Only a leader revokes a decision.
        (await clerk.PostAsJsonAsync($"{Base}/cases/{id}/revocation", new { on = "2026-11-20", reason = "复查发现认定事实错误。" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await leader.SendAsync($"/cases/{id}/revocation", new { on = "2026-11-20", reason = "复查发现当事人并非摊位经营者，认定事实错误。" }))
            .ShouldSucceed().GetProperty("isRevoked").GetBoolean().ShouldBeTrue();

        // Revoked on Friday 20 November: withdraw within 3 working days, by Wednesday 25 November.
        var withdrawal = (await BoardDeadlinesAsync(clerk, caseNumber)).Single(d => d.GetProperty("ruleCode").GetString() == "enforcement.withdrawal");
        withdrawal.GetProperty("dueDate").GetString().ShouldBe("2026-11-25");
        withdrawal.GetProperty("legalBasis").GetString()!.ShouldContain("第四十八条");
        withdrawal.GetProperty("state").GetString().ShouldBeOneOf("Pending", "DueSoon");

        (await clerk.SendAsync($"/cases/{id}/withdrawal", new { on = "2026-11-23" })).ShouldSucceed();

        (await BoardDeadlinesAsync(clerk, caseNumber)).Single(d => d.GetProperty("ruleCode").GetString() == "enforcement.withdrawal")
            .GetProperty("state").GetString().ShouldBe("Met");
        (await PortalLinkAsync(decisionNumber)).ShouldBeNull();
        (await app.Anonymous().GetAsync(link)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Withdrawal_OfADecisionNeverPublished_IsRefused()
    {
        var clerk = await app.ClientForAsync("xiaojiang.clerk");
        var leader = await app.ClientForAsync("xiaojiang.leader");
        var (id, _) = await FileAsync(clerk, "蒙丽珍", isComplex: false, officerOffset: 2);
        await NoticeAsync(await app.ClientForAsync("xiaojiang.officer"), id, 200);
        (await leader.SendAsync($"/cases/{id}/decision", new { kinds = FineOnly, fine = 200, text = "决定处以罚款200元。", on = "2026-11-10" })).ShouldSucceed();
        (await leader.SendAsync($"/cases/{id}/revocation", new { on = "2026-11-16", reason = "适用依据错误。" })).ShouldSucceed();

        (await clerk.SendAsync($"/cases/{id}/withdrawal", new { })).ShouldBeRefusedBy("enforcement.publicity.not-published");
    }

    [Fact]
    public async Task ComplexCase_DecidedWithoutCollectiveDiscussion_IsRefusedCitingArticle57_AndDecidedAfterIt()
    {
        var clerk = await app.ClientForAsync("xiaojiang.clerk");
        var leader = await app.ClientForAsync("xiaojiang.leader");
        var (id, _) = await FileAsync(clerk, "覃德明", isComplex: true, officerOffset: 4);
        await NoticeAsync(await app.ClientForAsync("xiaojiang.officer"), id, 500);

        (await leader.SendAsync($"/cases/{id}/decision", new { kinds = FineOnly, fine = 500, text = "决定处以罚款500元。", on = "2026-11-12" }))
            .ShouldBeRefusedBy("enforcement.decision.discussion-missing").ShouldContain("第五十七条");

        (await leader.SendAsync($"/cases/{id}/discussion", new { on = "2026-11-13", attendees = "镇长、分管副镇长、综合执法办主任、司法所所长", conclusion = "同意拟处罚意见。" })).ShouldSucceed();
        var decided = (await leader.SendAsync($"/cases/{id}/decision", new { kinds = FineOnly, fine = 500, text = "经负责人集体讨论，决定处以罚款500元。", on = "2026-11-16" })).ShouldSucceed();

        decided.GetProperty("stage").GetString().ShouldBe("已决定");
        decided.GetProperty("decisionNumber").GetString()!.ShouldStartWith("小江综执罚〔2026〕");
    }

    private static async Task<(Guid Id, string CaseNumber)> FileAsync(HttpClient clerk, string party, bool isComplex, int officerOffset)
    {
        var power = await PowerAsync(clerk, "集镇建成区占道经营");
        var officers = await CertifiedOfficersAsync(clerk);
        var created = (await clerk.SendAsync("/cases", NewCase(power.GetProperty("id").GetGuid(), officers.Skip(officerOffset).Take(2), new DateOnly(2026, 11, 2),
            partyName: party, isMajor: false, isComplex: isComplex))).ShouldSucceed();
        return (created.GetProperty("id").GetGuid(), created.GetProperty("caseNumber").GetString()!);
    }

    /// <summary>The case's officer gathers the evidence, notifies the party and records that they waived their statement.</summary>
    private static async Task NoticeAsync(HttpClient officer, Guid id, decimal fine)
    {
        (await officer.SendAsync($"/cases/{id}/evidence", new { kind = "现场笔录", description = "现场检查笔录及照片", collectedBy = "执法人员", collectedOn = "2026-11-03" })).ShouldSucceed();
        (await officer.SendAsync($"/cases/{id}/notice", new { kinds = FineOnly, fine, on = "2026-11-05" })).ShouldSucceed();
        (await officer.SendAsync($"/cases/{id}/statement", new { summary = "当事人对违法事实无异议，放弃陈述申辩。", waived = true })).ShouldSucceed();
    }

    /// <summary>The link to the decision in the portal's 执法公示 column, as an anonymous visitor sees it; null when not listed.</summary>
    private async Task<string?> PortalLinkAsync(string decisionNumber)
    {
        var column = new HtmlParser().ParseDocument(await app.Anonymous().GetStringAsync(Column));
        return column.QuerySelectorAll("a[href*='/enforcement/decisions/']")
            .FirstOrDefault(a => a.TextContent.Contains(decisionNumber, StringComparison.Ordinal))?.GetAttribute("href");
    }
}
