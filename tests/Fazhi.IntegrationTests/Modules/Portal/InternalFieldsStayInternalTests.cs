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
/// legality review, collective decision, party committee, publication, execution and evaluation; a 三重一大 matter; a
/// penalty case to its 事后公示; a complaint; the 2026 annual report to its publication — through the pages, with a
/// unique marker typed into every field whose label says 内部. Then the portal is read as a visitor (every page linked
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

        var decision = await _m.SubmitOkAsync(clerk, "/workspace/decisions/new", null, V(
            ("Input.Title", "小江镇集镇供水管网改造"), ("Input.DraftText", "第一条 改造集镇供水管网。\n第二条 改造资金由镇财政统筹。"),
            ("Input.DraftExplanation", "依据《重大行政决策程序暂行条例》起草。")));
        await _m.SubmitOkAsync(clerk, decision, "Comment");
        await _m.SubmitOkAsync(clerk, decision, "Hearing", V(("heldOn", "2026-12-10"), ("noticedOn", "2026-11-23")));
        await _m.SubmitOkAsync(clerk, decision, "Expert");
        await _m.SubmitOkAsync(clerk, decision, "Risk", V(("points", "社会稳定｜{M}｜3｜3｜{M}"), ("level", "Medium")));

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
        await _m.SubmitOkAsync(leader, document, "Sign", which: f => f.GetAttribute("action")!.Contains("LeaderInCharge", StringComparison.Ordinal));
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
        await _m.SubmitOkAsync(clerk, decision, "HearingRecord", V(("signed", "true")));
        await _m.SubmitOkAsync(clerk, decision, "ReviewRequest");
        await _m.SubmitOkAsync(advisor, decision, "Review", V(("opinion", "Passed")));
        await _m.SubmitOkAsync(leader, decision, "Meeting", V(
            ("views", "周海燕｜副镇长｜同意｜{M}\n陈立新｜镇长｜同意｜{M}"), ("head", "陈立新"), ("outcome", "Adopt"), ("overruleReasons", "")));
        await _m.SubmitOkAsync(clerk, decision, "PartyRequirement");
        await _m.SubmitOkAsync(clerk, decision, "PartyReport");
        await _m.SubmitOkAsync(clerk, decision, "PartyReply", V(("agreed", "true")));
        await _m.SubmitOkAsync(clerk, decision, "Publish", V(("documentNumber", "小政发〔2026〕31号"), ("interpretation", "公开征求意见期间未收到意见；专家论证意见已采纳。")));
        await _m.SubmitOkAsync(clerk, decision, "Milestone", V(("dueOn", "2027-03-31")));
        await _m.SubmitOkAsync(clerk, decision, "MilestoneDone");
        await _m.SubmitOkAsync(clerk, decision, "Evaluation", V(("dueOn", "2027-06-30")));
        await _m.SubmitOkAsync(clerk, decision, "EvaluationDone");

        // A 三重一大 matter decided collectively.
        var matter = await _m.SubmitOkAsync(clerk, "/workspace/decisions/collective-matters", null, V(("Input.Amount", "350000")));
        await _m.SubmitOkAsync(leader, matter, "Meeting", V(("views", "周海燕｜副镇长｜同意｜{M}\n陈立新｜党委书记｜同意｜{M}"), ("head", "陈立新"), ("overruleReasons", "")));

        // A penalty case to its 事后公示, and a complaint from the portal answered.
        var power = await app.WithDbAsync(db => db.Set<PowerItem>().Where(p => p.Name == "对在集镇建成区占道经营的行政处罚").Select(p => p.Id).SingleAsync());
        var officers = new HtmlParser().ParseDocument(await clerk.GetStringAsync("/workspace/enforcement/cases/new"))
            .QuerySelectorAll("input[name='Input.OfficerIds']:not([disabled])").Take(2).Select(i => i.GetAttribute("value")!).ToArray();
        var @case = await _m.SubmitOkAsync(clerk, "/workspace/enforcement/cases/new", null, new Dictionary<string, string[]>(V(
            ("Input.OnTheSpot", "false"), ("Input.PowerItemId", power.ToString()), ("Input.Title", "在集镇建成区占道经营"), ("Input.PartyKind", "NaturalPerson"),
            ("Input.PartyName", "莫永红"), ("Input.PartyIdNumber", "{ID}"), ("Input.PartyPhone", "{PHONE}"), ("Input.IsMajor", "true"), ("Input.FiledOn", today)))
        { ["Input.OfficerIds"] = officers });
        await _m.SubmitOkAsync(clerk, @case, "Evidence", V(("Form.On", today)));
        await _m.SubmitOkAsync(clerk, @case, "Notice", V(("Form.Kinds", "罚款"), ("Form.Amount", "200"), ("Form.On", today)));
        await _m.SubmitOkAsync(clerk, @case, "Statement", V(("Form.Flag", "true")));
        await _m.SubmitOkAsync(clerk, @case, "ReviewRequest", V(("Form.On", today)));
        await _m.SubmitOkAsync(advisor, @case, "Review", V(("Form.Flag", "true"), ("Form.On", today)));
        await _m.SubmitOkAsync(leader, @case, "Discussion", V(("Form.On", today)));
        await _m.SubmitOkAsync(leader, @case, "Decision", V(("Form.Kinds", "罚款"), ("Form.Amount", "200"), ("Form.On", today),
            ("Form.Text", "当事人莫永红在小江圩镇主街占道经营，经劝导拒不改正。依据《城市市容和环境卫生管理条例》第三十六条，决定处以罚款人民币200元。")));
        await _m.SubmitOkAsync(clerk, @case, "Service", V(("Form.On", today)));
        await _m.SubmitOkAsync(clerk, @case, "Publish");
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

        // Only fields whose value must agree with another were typed by the test instead of marked: the head is the last
        // speaker in the views, and no reason for overruling the majority is given when the head agrees with it.
        _m.ExplicitInternal.Select(e => e.Field).Distinct().Order(StringComparer.Ordinal).ShouldBe(["head", "overruleReasons"]);
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

    private static string Link(string html, string prefix) =>
        new HtmlParser().ParseDocument(html).QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!).First(h => h.StartsWith(prefix, StringComparison.Ordinal));
}
