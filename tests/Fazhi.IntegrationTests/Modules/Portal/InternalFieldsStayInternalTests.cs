using AngleSharp.Html.Parser;
using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.Modules.Documents.Model;
using Fazhi.Modules.Enforcement.Powers;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.IntegrationTests.Modules.Portal;

/// <summary>
/// Nothing internal goes public: 小江镇's staff run every procedure with a public face — a normative document through
/// public comment, review, deliberation, publication, evaluation, filing, the county's correction order, suspension,
/// revocation, repeal and cleanup; a major decision through consultation, hearing, expert review, risk assessment,
/// legality review, collective decision, party committee, publication, execution and evaluation, each on its step's page;
/// a 三重一大 matter; a penalty case to its 事后公示; a complaint; the 2026 annual report to its publication — through the
/// pages, with a unique marker typed into every field whose label says 内部. Then the portal is read as a visitor (every page linked
/// from the home page and every public API route): no marker may appear.
/// </summary>
public sealed class InternalFieldsStayInternalTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    private const string Code = "990100101000";

    private const string Body = """
        第一条 为加强农村饮用水工程管护，保障群众饮水安全，结合本镇实际，制定本办法。
        第二条 本镇行政区域内农村集中供水工程的管护，适用本办法。
        第三条 受益村民应当按照村民会议决定分担管护费用，配合水质检测。
        """;

    private readonly InternalFieldMarkers _m = new();

    private static Dictionary<string, string[]> V(params (string Name, string Value)[] fields) =>
        fields.GroupBy(f => f.Name).ToDictionary(g => g.Key, g => g.Select(f => f.Value).ToArray(), StringComparer.Ordinal);

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task EveryFieldLabelledInternal_NeverReachesThePortal()
    {
        app.AdvanceClockTo(new DateOnly(2026, 11, 23));
        var clerk = await app.ClientForAsync("xiaojiang.clerk");

        // Both comment periods open on 23 November: the document's 7 working days and the decision's 30 days.
        var document = await _m.SubmitOkAsync(clerk, "/workspace/documents/new", null, V(
            ("Form.Title", "小江镇农村饮用水工程管护办法"), ("Form.Body", Body), ("Form.Explanation", "依据《农村供水工程管理办法》起草，明确管护责任。"), ("Form.Touches", "Obligations")));
        await _m.SubmitOkAsync(clerk, document, "Comment");
        var consultation = Link(await clerk.GetStringAsync(document), "/workspace/consultations/");
        var portalConsultation = Link(await clerk.GetStringAsync(document), $"/t/{Code}/consultations/");
        await _m.SubmitOkAsync(app.Anonymous(), portalConsultation, null, V(("Input.Content", "建议明确管护经费来源。"), ("Input.Name", "王建国")));
        await _m.SubmitOkAsync(clerk, consultation, "Opinion", V(("channel", "Hotline12345"), ("summary", "来电建议公示水质检测结果。"), ("submitterName", "李桂英")));

        // Each step of the decision on its own page (ADR 0010); the rows of a repeating table the test fills carry markers.
        var decision = await _m.SubmitOkAsync(clerk, "/workspace/decisions/new", null, V(
            ("Title", "小江镇集镇供水管网改造"), ("DraftText", "第一条 改造集镇供水管网。\n第二条 改造资金由镇财政统筹。"),
            ("DraftExplanation", "依据《重大行政决策程序暂行条例》起草。"),
            ("Options[0].Name", "{M}"), ("Options[0].Description", "{M}"), ("Options[0].Recommended", "true"),
            ("Options[1].Name", "{M}"), ("Options[1].Description", "{M}")));
        await _m.SubmitOkAsync(clerk, decision + "/public-comment", null);
        await _m.SubmitOkAsync(clerk, decision + "/hearings/new", null, V(("HeldOn", "2026-12-10"), ("NoticedOn", "2026-11-23")));
        await _m.SubmitOkAsync(clerk, decision + "/expert-opinions/new", null);
        await _m.SubmitOkAsync(clerk, decision + "/risk-assessment", null, V(
            ("Points[0].Category", "{M}"), ("Points[0].Description", "{M}"), ("Points[0].Likelihood", "3"), ("Points[0].Impact", "3"), ("Points[0].Mitigation", "{M}"),
            ("Level", "Medium")));

        app.AdvanceClockTo(new DateOnly(2026, 12, 24));
        clerk = await app.ClientForAsync("xiaojiang.clerk");
        var advisor = await app.ClientForAsync("xiaojiang.advisor");
        var leader = await app.ClientForAsync("xiaojiang.leader");
        var today = Day(new DateOnly(2026, 12, 24));

        // The document: answers published, reviewed, deliberated, numbered, signed, published, evaluated, filed.
        while ((await clerk.GetStringAsync(consultation)).Contains("保存答复", StringComparison.Ordinal)
            && new HtmlParser().ParseDocument(await clerk.GetStringAsync(consultation)).QuerySelectorAll("form textarea[name='reason']").Any(t => t.TextContent.Length == 0))
        {
            await _m.SubmitOkAsync(clerk, consultation, "Decide", V(("adopted", "true"), ("reason", "已在第三条中明确。")),
                which: f => f.QuerySelector("textarea[name='reason']")!.TextContent.Length == 0);
        }

        await _m.SubmitOkAsync(clerk, consultation, "Publish");
        await _m.SubmitOkAsync(clerk, document, "CompleteComment");
        await _m.SubmitOkAsync(clerk, document, "Review", V(("Form.ReviewerKind", "LegalAdvisor"), ("Form.AdvisorUserName", "xiaojiang.advisor")));
        await _m.SubmitOkAsync(advisor, document + "/review", null, V(("Opinion", "Lawful")));
        await _m.SubmitOkAsync(clerk, document, "Deliberate", V(("Form.Date", today), ("Form.Decision", "Approved")));
        await _m.SubmitOkAsync(clerk, document, "Register");
        await _m.SubmitOkAsync(await app.ClientForAsync("xiaojiang.deputy"), document, "Sign", which: f => f.GetAttribute("action")!.Contains("LeaderInCharge", StringComparison.Ordinal));
        await _m.SubmitOkAsync(leader, document, "Sign", which: f => f.GetAttribute("action")!.Contains("PrincipalLeader", StringComparison.Ordinal));
        await _m.SubmitOkAsync(clerk, document, "Publish", V(("Form.Date", today), ("Form.EffectiveFrom", "2027-01-01")));
        await _m.SubmitOkAsync(clerk, document, "Evaluate", V(("Form.Date", today)));
        await _m.SubmitOkAsync(clerk, document, "File");

        // The county orders a correction; the township stops execution, reopens the text, then revokes the document.
        var county = await app.ClientForAsync("county.reviewer");
        await _m.SubmitOkAsync(county, "/county/filings", null, V(("accept", "false")),
            which: f => f.Closest("tr")!.TextContent.Contains("小江镇农村饮用水工程管护办法", StringComparison.Ordinal));
        await _m.SubmitOkAsync(clerk, document, "Suspend");
        await _m.SubmitOkAsync(clerk, document, "Reopen");
        await _m.SubmitOkAsync(clerk, document, "Revoke");
        var market = await app.WithDbAsync(db => db.Set<NormativeDocument>().Where(d => d.Title == "小江镇农贸市场管理办法").Select(d => d.Id).SingleAsync());
        await _m.SubmitOkAsync(clerk, $"/workspace/documents/{market}", "Repeal");

        // A cleanup of the documents still in force, its results published.
        var cleanup = await _m.SubmitOkAsync(clerk, "/workspace/documents/cleanups", null, V(("CampaignTitle", "2026年度规范性文件集中清理")));
        while (new HtmlParser().ParseDocument(await clerk.GetStringAsync(cleanup)).QuerySelectorAll("form input[name='reason']").Any(i => string.IsNullOrEmpty(i.GetAttribute("value"))))
        {
            await _m.SubmitOkAsync(clerk, cleanup, "Decide", V(("outcome", "Continue"), ("reason", "内容符合上位法规定，继续有效。")),
                which: f => string.IsNullOrEmpty(f.QuerySelector("input[name='reason']")!.GetAttribute("value")));
        }

        await _m.SubmitOkAsync(clerk, cleanup, "Publish");

        // The decision: consultation answered, hearing recorded, legality review, collective decision, party committee, publication.
        var decisionConsultation = Link(await clerk.GetStringAsync(decision), "/workspace/consultations/");
        await _m.SubmitOkAsync(clerk, decisionConsultation, "Publish");
        await _m.SubmitOkAsync(clerk, StepPath(await clerk.GetStringAsync(decision), decision + "/hearings/", "/record"), null, V(("ParticipantsSigned", "true")));
        await _m.SubmitOkAsync(clerk, decision + "/legality-review/submission", null);
        await _m.SubmitOkAsync(advisor, decision + "/legality-review/opinion", null, V(("Opinion", "Passed")));
        await _m.SubmitOkAsync(leader, decision + "/collective-deliberation", null, V([.. Views("镇长"), ("Outcome", "Adopt"), ("OverruleReasons", "")]));
        await _m.SubmitOkAsync(clerk, decision + "/party-committee/requirement", null);
        await _m.SubmitOkAsync(clerk, decision + "/party-committee/report", null);
        await _m.SubmitOkAsync(clerk, decision + "/party-committee/reply", null, V(("Agreed", "true")));
        await _m.SubmitOkAsync(clerk, decision + "/publication", null, V(("DocumentNumber", "小政发〔2026〕31号"), ("Interpretation", "公开征求意见期间未收到意见；专家论证意见已采纳。")));
        await _m.SubmitOkAsync(clerk, decision + "/milestones/new", null, V(("DueOn", "2027-03-31")));
        await _m.SubmitOkAsync(clerk, StepPath(await clerk.GetStringAsync(decision), decision + "/milestones/", "/completion"), null);
        await _m.SubmitOkAsync(clerk, decision + "/evaluations/new", null, V(("DueOn", "2027-06-30")));
        await _m.SubmitOkAsync(clerk, StepPath(await clerk.GetStringAsync(decision), decision + "/evaluations/", "/completion"), null, V(("Conclusion", "Continue")));

        // A 三重一大 matter decided collectively.
        var matter = await _m.SubmitOkAsync(clerk, "/workspace/decisions/collective-matters/new", null, V(("Amount", "350000")));
        await _m.SubmitOkAsync(leader, matter + "/meeting", null, V([.. Views("党委书记"), ("OverruleReasons", "")]));

        // A penalty case to its 事后公示, and a complaint from the portal answered.
        var power = await app.WithDbAsync(db => db.Set<PowerItem>().Where(p => p.Name == "对在集镇建成区占道经营的行政处罚").Select(p => p.Id).SingleAsync());
        // Each step on its own page, taken by the person its rule names (ADR 0010).
        var officer = await app.ClientForAsync("xiaojiang.officer");
        var officers = new HtmlParser().ParseDocument(await clerk.GetStringAsync("/workspace/enforcement/cases/new"))
            .QuerySelectorAll("select[name='OfficerIds'] option:not(.officer-problem)").Take(2).Select(i => i.GetAttribute("value")!).ToArray();
        var @case = await _m.SubmitOkAsync(clerk, "/workspace/enforcement/cases/new", null, new Dictionary<string, string[]>(V(
            ("PowerItemId", power.ToString()), ("Title", "在集镇建成区占道经营"), ("PartyKind", "NaturalPerson"),
            ("PartyName", "莫永红"), ("PartyIdNumber", "{ID}"), ("PartyPhone", "{PHONE}"), ("IsMajor", "true"), ("FiledOn", today)))
        { ["OfficerIds"] = officers });
        await _m.SubmitOkAsync(officer, $"{@case}/evidence", null, V(("CollectedOn", today)));
        await _m.SubmitOkAsync(officer, $"{@case}/notice", null, V(("Kinds", "罚款"), ("Fine", "200"), ("On", today)));
        await _m.SubmitOkAsync(officer, $"{@case}/statement", null, V(("Waived", "true")));
        await _m.SubmitOkAsync(officer, $"{@case}/legal-review-request", null, V(("On", today)));
        await _m.SubmitOkAsync(advisor, $"{@case}/legal-review", null, V(("Opinion", "Approved"), ("On", today)));
        await _m.SubmitOkAsync(leader, $"{@case}/discussion", null, V(("On", today)));
        await _m.SubmitOkAsync(leader, $"{@case}/decision", null, V(("Kinds", "罚款"), ("Fine", "200"), ("On", today),
            ("Text", "当事人莫永红在小江圩镇主街占道经营，经劝导拒不改正。依据《城市市容和环境卫生管理条例》第三十六条，决定处以罚款人民币200元。")));
        await _m.SubmitOkAsync(officer, $"{@case}/service", null, V(("On", today)));
        await _m.SubmitOkAsync(clerk, $"{@case}/publication", null);
        var complaint = await _m.SubmitAsync(app.Anonymous(), $"/t/{Code}/enforcement/complaint", null, V(("Input.Phone", "{PHONE}")));
        (await complaint.Content.ReadAsStringAsync()).ShouldContain("投诉已提交");
        await _m.SubmitOkAsync(clerk, "/workspace/enforcement/complaints", null,
            which: f => f.Closest("tr, li, .card")?.TextContent.Contains(_m.Markers[^1].Marker, StringComparison.Ordinal) == true);

        // The 2026 annual report, with an internal note on the version, approved and published.
        await _m.SubmitOkAsync(clerk, "/workspace/reports", null, V(("Year", "2026")));
        await _m.SubmitOkAsync(clerk, "/workspace/reports/2026/edit", null, V(
            ("Form.LeaderDuties", "党委书记切实履行法治建设第一责任人职责，亲自部署重要工作。"),
            ("Form.NextYearPlan", "（一）加强规范性文件管理。"),
            ("Form.OtherMatters", "无其他需要报告的情况。")));
        await _m.SubmitOkAsync(leader, "/workspace/reports/2026", "Approve");
        await _m.SubmitOkAsync(leader, "/workspace/reports/2026", "Publish");

        // Only fields whose value must agree with another were typed by the test instead of marked: no reason for
        // overruling the majority is given when the head agrees with it.
        _m.ExplicitInternal.Select(e => e.Field).Distinct().Order(StringComparer.Ordinal).ShouldBe(["OverruleReasons"]);
        _m.Markers.Count.ShouldBeGreaterThan(60);

        var pages = await PortalCrawler.CrawlAsync(app);

        pages.Count.ShouldBeGreaterThan(80);
        pages.ShouldContain(p => p.Path.Contains("/enforcement/powers?", StringComparison.Ordinal));
        pages.ShouldContain(p => p.Path == $"/t/{Code}/reports/2026");
        pages.ShouldContain(p => p.Path.StartsWith($"/t/{Code}/decisions/", StringComparison.Ordinal) && p.Body.Contains("小政发〔2026〕31号", StringComparison.Ordinal));
        pages.ShouldContain(p => p.Path.StartsWith($"/api/portal/{Code}/documents/", StringComparison.Ordinal));
        pages.ShouldContain(p => p.Body.Contains("依据《农村供水工程管理办法》起草", StringComparison.Ordinal));
        var leaks = pages.SelectMany(p => _m.Markers.Where(m => p.Body.Contains(m.Marker, StringComparison.Ordinal)).Select(m => $"{m.Field}（{m.Page}）→ {p.Path}")).ToList();
        leaks.ShouldBeEmpty();
    }

    /// <summary>A collective discussion's views in speaking order: a member, then the head (末位表态, 第三十条), each name, post and view a marker.</summary>
    private static (string Name, string Value)[] Views(string headPost) =>
    [
        ("Views[0].Member", "{M}"), ("Views[0].Post", "{M}"), ("Views[0].Position", "Agree"), ("Views[0].View", "{M}"),
        ("Views[1].Member", "{M}"), ("Views[1].Post", "{M}" + headPost), ("Views[1].Position", "Agree"), ("Views[1].View", "{M}"), ("Views[1].IsHead", "true"),
    ];

    /// <summary>The page of a step on a part of the decision (a hearing, a milestone, an evaluation) that its page offers now.</summary>
    private static string StepPath(string html, string prefix, string suffix) =>
        new HtmlParser().ParseDocument(html).QuerySelectorAll("a[href], form[action]")
            .Select(e => System.Net.WebUtility.HtmlDecode(e.GetAttribute("href") ?? e.GetAttribute("action")!))
            .First(h => h.StartsWith(prefix, StringComparison.Ordinal) && h.EndsWith(suffix, StringComparison.Ordinal));

    private static string Link(string html, string prefix) =>
        new HtmlParser().ParseDocument(html).QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!).First(h => h.StartsWith(prefix, StringComparison.Ordinal));
}
