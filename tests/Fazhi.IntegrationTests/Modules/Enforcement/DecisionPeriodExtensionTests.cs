using System.Net;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.Modules.Organization;
using Fazhi.Platform.Audit;
using Microsoft.EntityFrameworkCore;
using static Fazhi.IntegrationTests.Modules.Enforcement.EnforcementApi;

namespace Fazhi.IntegrationTests.Modules.Enforcement;

/// <summary>
/// Extending the 90-day decision period of 《行政处罚法》第六十条 (demo settings: 30 days, once, with a leader's approval),
/// through the API and the case page of 小江镇. Today is 2026-11-23.
/// </summary>
public sealed class DecisionPeriodExtensionTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    private const string DecisionRule = "enforcement.decision";
    private static readonly string[] FineOnly = ["罚款"];

    /// <summary>Filed on 2026-09-01: the 90 days end on Monday 2026-11-30, a working day.</summary>
    private static readonly DateOnly FiledInSeptember = new(2026, 9, 1);

    [Fact]
    public async Task DecisionExtension_ApprovedByLeader_MovesTheBoardDeadlineByThirtyDays_RecordsTheApproval_AndASecondIsRefused()
    {
        var clerk = await app.ClientForAsync("xiaojiang.clerk");
        var leader = await app.ClientForAsync("xiaojiang.leader");
        var (id, caseNumber) = await FileAsync(clerk, "黄志强", officerOffset: 0);
        var before = (await BoardDeadlinesAsync(clerk, caseNumber)).Single(d => d.GetProperty("ruleCode").GetString() == DecisionRule);
        before.GetProperty("dueDate").GetString().ShouldBe("2026-11-30");

        const string reason = "涉案建筑面积须委托测绘机构测量，案情复杂，九十日内无法作出决定。";
        var extended = (await leader.SendAsync($"/cases/{id}/decision-extension", new { approvedOn = "2026-11-23", reason })).ShouldSucceed();

        var record = extended.GetProperty("decisionExtensions").EnumerateArray().ShouldHaveSingleItem();
        record.GetProperty("approvedOn").GetString().ShouldBe("2026-11-23");
        record.GetProperty("reason").GetString().ShouldBe(reason);
        record.GetProperty("previousDueOn").GetString().ShouldBe("2026-11-30");
        record.GetProperty("newDueOn").GetString().ShouldBe("2026-12-30");
        var approver = record.GetProperty("approvedBy").GetString()!;
        approver.ShouldNotBeNullOrWhiteSpace();

        // The deadline on the 待办与预警 board moved by the configured 30 days.
        var after = (await BoardDeadlinesAsync(clerk, caseNumber)).Single(d => d.GetProperty("ruleCode").GetString() == DecisionRule);
        after.GetProperty("dueDate").GetString().ShouldBe("2026-12-30");
        after.GetProperty("extensions").GetInt32().ShouldBe(1);

        // Settings allow one extension (第六十条: only where a rule provides one).
        (await leader.SendAsync($"/cases/{id}/decision-extension", new { reason = "仍需补充鉴定意见。" }))
            .ShouldBeRefusedBy("enforcement.extension.limit-reached").ShouldContain("第六十条");
        (await BoardDeadlinesAsync(clerk, caseNumber)).Single(d => d.GetProperty("ruleCode").GetString() == DecisionRule)
            .GetProperty("dueDate").GetString().ShouldBe("2026-12-30");

        // The case page shows who approved, when, why and until when.
        var page = new HtmlParser().ParseDocument(await clerk.GetStringAsync($"/workspace/enforcement/cases/{id}"));
        var shown = page.QuerySelector("dd.decision-extension")!.TextContent;
        shown.ShouldContain("2026-11-23");
        shown.ShouldContain(approver);
        shown.ShouldContain(reason);
        shown.ShouldContain("2026-12-30");

        // The approval is in 小江镇's audit trail, written by the same save.
        var audited = await app.WithDbAsync(async db =>
        {
            var township = await db.Set<Township>().Where(t => t.DivisionCode == "990100101000").Select(t => t.Id).SingleAsync();
            return await db.Set<AuditEntry>().Where(e => e.TownshipId == township && e.RecordType == "DecisionExtension").Select(e => e.Changes).ToListAsync();
        });
        audited.ShouldContain(changes => changes.Contains(reason, StringComparison.Ordinal));
    }

    [Fact]
    public async Task DecisionExtension_ByAClerk_IsRefusedAsNeedingALeader_AndTheCasePageSaysWhy()
    {
        var clerk = await app.ClientForAsync("xiaojiang.clerk");
        var leader = await app.ClientForAsync("xiaojiang.leader");
        var (id, caseNumber) = await FileAsync(clerk, "罗秀英", officerOffset: 2);

        (await clerk.SendAsync($"/cases/{id}/decision-extension", new { reason = "案情复杂。" }))
            .ShouldBeForbiddenBy("enforcement.extension.not-leader").ShouldContain("第六十条");
        (await BoardDeadlinesAsync(clerk, caseNumber)).Single(d => d.GetProperty("ruleCode").GetString() == DecisionRule)
            .GetProperty("dueDate").GetString().ShouldBe("2026-11-30");

        // The clerk sees the section with the reason instead of a form; the leader sees the form.
        var clerkPage = new HtmlParser().ParseDocument(await clerk.GetStringAsync($"/workspace/enforcement/cases/{id}"));
        clerkPage.QuerySelector("#decision-extension .extension-refusal")!.TextContent.ShouldContain("负责人批准");
        clerkPage.QuerySelector("#decision-extension form").ShouldBeNull();
        var leaderPage = new HtmlParser().ParseDocument(await leader.GetStringAsync($"/workspace/enforcement/cases/{id}"));
        leaderPage.QuerySelector("#decision-extension form")!.GetAttribute("action")!.ShouldEndWith($"/cases/{id}/decision-extension");
    }

    [Fact]
    public async Task DecisionExtensionForm_WithoutAReason_ShowsTheFieldError_AndWithOneExtendsTheCase()
    {
        var clerk = await app.ClientForAsync("xiaojiang.clerk");
        var leader = await app.ClientForAsync("xiaojiang.leader");
        var (id, caseNumber) = await FileAsync(clerk, "梁永华", officerOffset: 4);
        var path = $"/workspace/enforcement/cases/{id}";
        var token = await FazhiApp.AntiforgeryTokenAsync(leader, path);

        // The case page's form posts to the step's own page; an invalid form comes back there with the error beside it (400).
        var blank = await leader.PostAsync($"{path}/decision-extension", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Reason"] = "",
            ["__RequestVerificationToken"] = token,
        }));
        blank.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        new HtmlParser().ParseDocument(await blank.Content.ReadAsStringAsync())
            .QuerySelector("form[action$='/decision-extension'] .field-error")!.TextContent.ShouldContain("请填写延长理由");

        var saved = await leader.PostAsync($"{path}/decision-extension", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Reason"] = "当事人申请对房屋结构安全进行鉴定，鉴定期间无法作出决定。",
            ["ApprovedOn"] = "2026-11-20",
            ["__RequestVerificationToken"] = token,
        }));
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await BoardDeadlinesAsync(clerk, caseNumber)).Single(d => d.GetProperty("ruleCode").GetString() == DecisionRule)
            .GetProperty("dueDate").GetString().ShouldBe("2026-12-30");
        (await leader.GetStringAsync(path)).ShouldContain("鉴定期间无法作出决定");
    }

    [Fact]
    public async Task DecisionExtension_AfterTheDecision_IsRefusedCitingArticle60()
    {
        var clerk = await app.ClientForAsync("xiaojiang.clerk");
        var leader = await app.ClientForAsync("xiaojiang.leader");
        var officer = await app.ClientForAsync("xiaojiang.officer");
        var (id, _) = await FileAsync(clerk, "邓桂兰", officerOffset: 6);
        (await officer.SendAsync($"/cases/{id}/evidence", new { kind = "现场笔录", description = "现场检查笔录及照片", collectedBy = "执法人员", collectedOn = "2026-09-02" })).ShouldSucceed();
        (await clerk.SendAsync($"/cases/{id}/notice", new { kinds = FineOnly, fine = 300, on = "2026-09-03" })).ShouldSucceed();
        (await clerk.SendAsync($"/cases/{id}/statement", new { summary = "放弃陈述申辩。", waived = true })).ShouldSucceed();
        (await leader.SendAsync($"/cases/{id}/decision", new { kinds = FineOnly, fine = 300, text = "决定处以罚款300元。", on = "2026-09-10" })).ShouldSucceed();

        (await leader.SendAsync($"/cases/{id}/decision-extension", new { reason = "补充调查。" }))
            .ShouldBeRefusedBy("enforcement.extension.case-decided").ShouldContain("第六十条");
    }

    private static async Task<(Guid Id, string CaseNumber)> FileAsync(HttpClient clerk, string party, int officerOffset)
    {
        var power = await PowerAsync(clerk, "集镇建成区占道经营");
        var officers = await CertifiedOfficersAsync(clerk);
        JsonElement created = (await clerk.SendAsync("/cases", NewCase(power.GetProperty("id").GetGuid(), officers.Skip(officerOffset).Take(2), FiledInSeptember,
            partyName: party, isMajor: false))).ShouldSucceed();
        return (created.GetProperty("id").GetGuid(), created.GetProperty("caseNumber").GetString()!);
    }
}
