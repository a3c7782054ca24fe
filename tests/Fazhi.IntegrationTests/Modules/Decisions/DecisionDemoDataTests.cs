using System.Net;
using AngleSharp.Html.Parser;
using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.Modules.Consultation.Contracts;
using Fazhi.Modules.Consultation.Model;
using Fazhi.Modules.Decisions.Model;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.IntegrationTests.Modules.Decisions;

/// <summary>The demo year of 太霞乡 and 头营镇 as users see it: figures, the portal, the sealed archive.</summary>
public sealed class DecisionDemoDataTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    private const string Taixia = "990100102000";

    [Fact]
    public async Task Figures_ForTaixia2026_EqualTheRecords()
    {
        var clerk = await app.ClientForAsync("taixia.clerk");

        var figures = await clerk.ReadJsonAsync($"{DecisionsApi.Base}/figures/2026");

        var expected = await app.WithDbAsync(async db =>
        {
            var township = await db.Set<Fazhi.Modules.Organization.Township>().Where(t => t.DivisionCode == Taixia).Select(t => t.Id).SingleAsync();
            var all = await db.Set<MajorDecision>().Where(d => d.TownshipId == township).ToListAsync();
            var made = all.Where(d => d.DecidedOn?.Year == 2026 && d.Stage is DecisionStage.Adopted or DecisionStage.Published or DecisionStage.Implementing or DecisionStage.Evaluated).ToList();
            var matters = await db.Set<CollectiveMatter>().CountAsync(m => m.TownshipId == township && m.MeetingId != null);
            return (made.Count, Hearings: made.Sum(d => d.Hearings.Count(h => h.RecordSigned)), Matters: matters, Evaluations: all.Sum(d => d.Evaluations.Count(e => e.CompletedOn != null)));
        });
        figures.GetProperty("decisionsMade").GetInt32().ShouldBe(expected.Count);
        figures.GetProperty("decisionsMade").GetInt32().ShouldBe(2);
        figures.GetProperty("withRiskAssessment").GetInt32().ShouldBe(2);
        figures.GetProperty("withLegalityReview").GetInt32().ShouldBe(2);
        figures.GetProperty("withExpertReview").GetInt32().ShouldBe(1);
        figures.GetProperty("hearings").GetInt32().ShouldBe(expected.Hearings);
        figures.GetProperty("collectiveMattersDecided").GetInt32().ShouldBe(expected.Matters);
        figures.GetProperty("evaluationsDone").GetInt32().ShouldBe(expected.Evaluations);
        // Opinions on the 2026 drafts: market 3 on the portal (2 adopted) plus a 12345 call (adopted) and a petition,
        // village rules 2 (1), tourism 1 (1).
        figures.GetProperty("commentsReceived").GetInt32().ShouldBe(8);
        figures.GetProperty("commentsAdopted").GetInt32().ShouldBe(5);
    }

    [Fact]
    public async Task DemoPortalComments_OfDecisionsAndDocuments_WereSubmittedOnTheDayTheyRecord()
    {
        var comments = await app.WithDbAsync(db => db.Set<ConsultationComment>().AsNoTracking()
            .Where(c => c.Channel == OpinionChannel.Portal)
            .Select(c => new { c.SubmittedAt, c.ReceivedOn }).ToListAsync());

        comments.Count.ShouldBeGreaterThan(5);
        // The demo is loaded on 2026-11-23; comments of earlier consultations must not carry that day.
        comments.ShouldAllBe(c => DateOnly.FromDateTime(c.SubmittedAt.ToOffset(TimeSpan.FromHours(8)).DateTime) == c.ReceivedOn);
    }

    [Fact]
    public async Task Portal_ShowsApprovedCatalogueAndPublishedDecisions_ButNoInternalRecord()
    {
        var visitor = app.Anonymous();

        var column = await visitor.GetStringAsync($"/t/{Taixia}/disclosure");
        column.ShouldContain("2026年度重大行政决策事项目录");
        column.ShouldContain("太霞乡集镇农贸市场迁建");
        column.ShouldNotContain("太霞乡乡村旅游发展规划");

        var catalog = await visitor.GetStringAsync($"/t/{Taixia}/decisions/catalog/2026");
        catalog.ShouldContain("太霞乡2027年度民生实事项目安排");
        catalog.ShouldContain("县政府要求各乡镇于年内确定下一年度民生实事项目");

        var (market, tourism) = await app.WithDbAsync(async db => (
            await db.Set<MajorDecision>().Where(d => d.Title == "太霞乡集镇农贸市场迁建").Select(d => d.Id).SingleAsync(),
            await db.Set<MajorDecision>().Where(d => d.Title.StartsWith("太霞乡乡村旅游")).Select(d => d.Id).SingleAsync()));
        var page = await visitor.GetStringAsync($"/t/{Taixia}/decisions/{market}");
        page.ShouldContain("太政发〔2026〕5号");
        page.ShouldNotContain("同意提交集体讨论");
        page.ShouldNotContain("应急处置小组");
        page.ShouldNotContain("新址距离居民区较远");
        (await visitor.GetAsync($"/t/{Taixia}/decisions/{tourism}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await visitor.GetAsync($"/t/{Taixia}/decisions/catalog/2025")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task ClosedArchive_ExportsEveryItemWithMatchingHashes_AndRefusesChanges()
    {
        var clerk = await app.ClientForAsync("taixia.clerk");
        var id = await app.WithDbAsync(db => db.Set<MajorDecision>().Where(d => d.Title == "太霞乡农村人居环境整治村规民约指导意见").Select(d => d.Id).SingleAsync());
        var url = $"{DecisionsApi.Base}/{id}";

        var zip = await ArchiveZip.ReadAsync(clerk, $"{url}/archive.zip");

        zip.Files.Keys.Order(StringComparer.Ordinal).ShouldBe(zip.IndexHashes.Keys.Order(StringComparer.Ordinal));
        foreach (var (name, hash) in zip.IndexHashes)
        {
            ArchiveZip.Sha256(zip.Files[name]).ShouldBe(hash, name);
        }

        zip.Files.Keys.ShouldContain("02-公开征求意见及采纳情况.txt");
        zip.Files.Keys.ShouldContain("05-风险评估报告.txt");
        zip.Files.Keys.ShouldContain("07-集体讨论记录1.txt");
        zip.Files.Keys.ShouldContain(k => k.EndsWith("集体讨论录音.mp3", StringComparison.Ordinal));
        zip.IndexText.ShouldContain("封存校验值");
        (await clerk.ReadJsonAsync($"{url}/archive")).GetProperty("sealHolds").GetBoolean().ShouldBeTrue();

        (await clerk.SendAsync($"{url}/milestones", new { title = "补充节点", executor = "乡社会事务办", dueOn = "2027-01-31" })).Refused("decisions.archive.closed");
        (await clerk.SendAsync($"{url}/archive/closing")).Refused("decisions.archive.closed");
    }

    [Fact]
    public async Task Board_ShowsOpenDecisionDeadlines_ForTaixiaAndTouying()
    {
        var codes = await app.WithDbAsync(db => db.Set<Fazhi.Platform.Deadlines.Deadline>()
            .Where(d => d.RuleCode.StartsWith("decisions.") && (d.State == Fazhi.Platform.Deadlines.DeadlineState.Pending || d.State == Fazhi.Platform.Deadlines.DeadlineState.DueSoon || d.State == Fazhi.Platform.Deadlines.DeadlineState.Overdue))
            .Select(d => d.RuleCode).ToListAsync());

        codes.ShouldContain("decisions.comment-period");
        codes.ShouldContain("decisions.legality-review");
        codes.ShouldContain("decisions.hearing-notice");
        codes.ShouldContain("decisions.milestone");
        codes.ShouldContain("decisions.evaluation");
        var board = await (await app.ClientForAsync("taixia.clerk")).GetStringAsync("/workspace/deadlines");
        board.ShouldContain("太霞乡2027年度民生实事项目安排");
    }

    [Fact]
    public async Task Pages_RenderLedgerDetailCatalogueAndRegister()
    {
        var clerk = await app.ClientForAsync("taixia.clerk");
        var id = await app.WithDbAsync(db => db.Set<MajorDecision>().Where(d => d.Title == "太霞乡集镇农贸市场迁建").Select(d => d.Id).SingleAsync());

        (await clerk.GetStringAsync("/workspace/decisions?year=2026&risk=High")).ShouldContain("太霞乡集镇农贸市场迁建");
        var detail = await clerk.GetStringAsync($"/workspace/decisions/{id}");
        detail.ShouldContain("末位表态");
        detail.ShouldContain("成立以乡长为组长的应急处置小组");
        var catalogPage = await clerk.GetStringAsync("/workspace/decisions/catalog?year=2026");
        catalogPage.ShouldContain("乡党委会议2026年第2次");
        catalogPage.ShouldContain($"/workspace/decisions/{id}");
        (await clerk.GetStringAsync("/workspace/decisions/collective-matters?year=2026")).ShouldContain("太霞河堤防水毁修复资金安排");
        var export = await clerk.GetAsync($"{DecisionsApi.Base}/export.xlsx?year=2026");
        export.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await export.Content.ReadAsByteArrayAsync()).Length.ShouldBeGreaterThan(1000);
    }

    [Fact]
    public async Task NewDecisionForm_WithMissingFields_ShowsFieldErrorsAndKeepsWhatWasTyped()
    {
        var clerk = await app.ClientForAsync("taixia.clerk");
        var token = await FazhiApp.AntiforgeryTokenAsync(clerk, "/workspace/decisions/new");

        var response = await clerk.PostAsync("/workspace/decisions/new", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Title"] = "",
            ["Owner"] = "乡党政办",
            ["Options[0].Name"] = "方案一",
            ["__RequestVerificationToken"] = token,
        }));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var html = await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());
        html.QuerySelector("span.field-error[data-valmsg-for='Title']")!.TextContent.ShouldBe("请填写决策事项名称。");
        html.QuerySelector("span.field-error[data-valmsg-for='DraftText']")!.TextContent.ShouldBe("请填写决策草案。");
        // An option row with a name but no content is named beside its field; the typed values stay.
        html.QuerySelector("span.field-error[data-valmsg-for='Options[0].Description']")!.TextContent.ShouldBe("请填写方案内容。");
        html.QuerySelector("input[name='Owner']")!.GetAttribute("value").ShouldBe("乡党政办");
        html.QuerySelector("input[name='Options[0].Name']")!.GetAttribute("value").ShouldBe("方案一");
    }

    [Fact]
    public async Task CollectiveMatter_WhenHeadSpeaksFirst_IsRefused()
    {
        var clerk = await app.ClientForAsync("taixia.clerk");
        var created = (await clerk.SendAsync($"{DecisionsApi.Base}/collective-matters", new { category = 4, topic = "村道硬化配套资金", proposer = "副乡长", background = "县下达项目配套。", amount = 300000 }))
            .Ok(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();

        (await clerk.SendAsync($"{DecisionsApi.Base}/collective-matters/{id}/meeting", DecisionsApi.Meeting("2026-11-23", headLast: false))).Refused("decisions.collective.head-not-last");
        var decided = (await clerk.SendAsync($"{DecisionsApi.Base}/collective-matters/{id}/meeting", DecisionsApi.Meeting("2026-11-23"))).Ok();
        decided.GetProperty("outcome").GetInt32().ShouldBe(1);
    }

    [Fact]
    public async Task StepPages_RefusedStep_ShowTheRuleAndFieldErrors_NotAnError500()
    {
        var clerk = await app.ClientForAsync("taixia.clerk");
        var id = await app.WithDbAsync(db => db.Set<MajorDecision>().Where(d => d.Title.StartsWith("太霞乡乡村旅游")).Select(d => d.Id).SingleAsync());
        var page = $"/workspace/decisions/{id}";
        var token = await FazhiApp.AntiforgeryTokenAsync(clerk, page);

        // 第25条: still in legality review, so the meeting is refused with the rule, and the rows typed are kept.
        var meeting = await clerk.PostAsync($"{page}/collective-deliberation", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["MeetingName"] = "乡政府常务会议", ["Chair"] = "王建国", ["Attendees"] = "班子成员", ["Minutes"] = "通过。", ["Outcome"] = "Adopt",
            ["Views[0].Member"] = "李春梅", ["Views[0].Post"] = "副乡长", ["Views[0].Position"] = "Agree", ["Views[0].View"] = "同意。",
            ["Views[1].Member"] = "王建国", ["Views[1].Post"] = "乡长", ["Views[1].Position"] = "Agree", ["Views[1].View"] = "同意。", ["Views[1].IsHead"] = "true",
            ["__RequestVerificationToken"] = token,
        }));
        meeting.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var refused = await new HtmlParser().ParseDocumentAsync(await meeting.Content.ReadAsStringAsync());
        refused.QuerySelector(".alert.refusal")!.TextContent.ShouldContain("未经合法性审查或经审查不合法，不得提交集体讨论");
        refused.QuerySelector("input[name='Views[1].Member']")!.GetAttribute("value").ShouldBe("王建国");
        refused.QuerySelector("input[name='Views[1].IsHead'][type=checkbox]")!.HasAttribute("checked").ShouldBeTrue();

        var hearing = await clerk.PostAsync($"{page}/hearings/new", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Subject"] = "", ["Place"] = "乡政府会议室", ["__RequestVerificationToken"] = token,
        }));
        hearing.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var html = await new HtmlParser().ParseDocumentAsync(await hearing.Content.ReadAsStringAsync());
        html.QuerySelector("span.field-error[data-valmsg-for='Subject']")!.TextContent.ShouldBe("请填写听证事项。");
        html.QuerySelector("span.field-error[data-valmsg-for='HeldOn']")!.TextContent.ShouldBe("请填写听证日期。");
        html.QuerySelector("input[name='Place']")!.GetAttribute("value").ShouldBe("乡政府会议室");
    }

    [Fact]
    public async Task RiskRegister_QueriesRiskPointsAcrossDecisions_HighestFirst()
    {
        var clerk = await app.ClientForAsync("touying.clerk");

        var lines = await clerk.ReadJsonAsync($"{DecisionsApi.Base}/risks?year=2026&minScore=15");

        lines.GetArrayLength().ShouldBe(2);
        lines[0].GetProperty("score").GetInt32().ShouldBe(16);
        lines[0].GetProperty("decision").GetString().ShouldBe("头营镇集中供热管网改造工程");
        lines[0].GetProperty("hasContingencyPlan").GetBoolean().ShouldBeTrue();
        (await clerk.ReadJsonAsync($"{DecisionsApi.Base}/risks?category=生态环境")).GetArrayLength().ShouldBe(1);
    }
}
