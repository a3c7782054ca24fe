using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.Modules.Documents.Model;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace Fazhi.IntegrationTests.Modules.Documents;

/// <summary>The normative-document pages as a clerk, an advisor, a county reviewer and a visitor use them (demo data of 太霞乡 and 小江镇).</summary>
public sealed class DocumentPagesTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    private const string TaixiaCode = "990100102000";

    private static async Task<IDocument> ParseAsync(HttpResponseMessage response) =>
        await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());

    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string page, string path, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = await FazhiApp.AntiforgeryTokenAsync(client, page);
        return await client.PostAsync(path, new FormUrlEncodedContent(fields));
    }

    private static string ErrorBeside(IDocument page, string field) =>
        page.QuerySelector($"span.field-error[data-valmsg-for='{field}']")?.TextContent.Trim() ?? "";

    private Task<Guid> DemoDocumentAsync(string title) =>
        app.WithDbAsync(db => db.Set<NormativeDocument>().Where(d => d.Title == title).Select(d => d.Id).SingleAsync());

    [Fact]
    public async Task DraftForm_WithoutTitleOrBody_ShowsErrorsBesideTheFieldsAndSavesNothing()
    {
        var clerk = await app.ClientForAsync("xiaojiang.clerk");

        var response = await PostFormAsync(clerk, "/workspace/documents/new", "/workspace/documents/new", new()
        {
            ["Form.Title"] = "",
            ["Form.Body"] = "",
            ["Form.Explanation"] = "只写了说明",
            ["Form.Touches"] = "Obligations",
        });

        // An invalid step form is shown again with status 400 (ADR 0010), with each error beside its field.
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var page = await ParseAsync(response);
        ErrorBeside(page, "Form.Title").ShouldBe("请填写文件标题。");
        ErrorBeside(page, "Form.Body").ShouldBe("请填写文件正文。");
        page.QuerySelector("textarea[name='Form.Explanation']")!.TextContent.ShouldBe("只写了说明");
        page.QuerySelector("input[name='Form.Touches'][value='Obligations']")!.HasAttribute("checked").ShouldBeTrue();
        (await app.WithDbAsync(db => db.Set<DocumentVersion>().CountAsync(v => v.Explanation == "只写了说明"))).ShouldBe(0);
    }

    [Fact]
    public async Task DraftForm_WhenComplete_CreatesFirstVersionWithItsChecklist()
    {
        var clerk = await app.ClientForAsync("xiaojiang.clerk");

        var response = await PostFormAsync(clerk, "/workspace/documents/new", "/workspace/documents/new", new()
        {
            ["Form.Title"] = "小江镇殡葬管理办法",
            ["Form.Body"] = "第一条 为推进殡葬改革，制定本办法。\n第二条 本办法适用于本镇行政区域。",
            ["Form.Explanation"] = "落实殡葬管理条例。",
            ["Form.Touches"] = "Obligations",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var record = await ParseAsync(await clerk.GetAsync(response.Headers.Location));
        record.QuerySelector("h1")!.TextContent.ShouldBe("小江镇殡葬管理办法");
        record.Body!.TextContent.ShouldContain("增加公民、法人和其他组织义务");
        record.Body.TextContent.ShouldContain("第1稿");
        // Adding obligations requires public comment first: the page offers it.
        record.QuerySelector("form[action*='handler=Comment']").ShouldNotBeNull();
    }

    [Fact]
    public async Task Compare_TwoVersions_StrikesDeletionsAndMarksAdditions()
    {
        var clerk = await app.ClientForAsync("xiaojiang.clerk");
        var id = await DocumentsApi.DraftAsync(clerk, "小江镇集镇停车管理办法");
        var edit = $"/workspace/documents/{id}/edit";
        (await PostFormAsync(clerk, edit, edit, new()
        {
            ["Form.Title"] = "小江镇集镇停车管理办法",
            ["Form.Body"] = DocumentsApi.Body.Replace("并处五千元罚款", "依法处理", StringComparison.Ordinal),
            ["Form.Explanation"] = "删除罚款规定。",
        })).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var page = await ParseAsync(await clerk.GetAsync($"/workspace/documents/{id}/compare?from=1&to=2"));

        page.QuerySelector("h1")!.TextContent.ShouldBe("第1稿与第2稿对照");
        // Character-level marks in the changed line (the shared 处 stays unmarked): "并处五千元罚款" became "依法处理".
        var changed = page.QuerySelector("tr.diff-changed")!;
        changed.QuerySelectorAll("td")[0].TextContent.ShouldContain("并处五千元罚款");
        changed.QuerySelectorAll("td")[1].TextContent.ShouldContain("依法处理");
        string.Concat(changed.QuerySelectorAll("del.diff-del").Select(e => e.TextContent)).ShouldBe("并五千元罚款");
        string.Concat(changed.QuerySelectorAll("ins.diff-ins").Select(e => e.TextContent)).ShouldBe("依法理");
        // Unchanged articles are shown without marks.
        page.QuerySelectorAll("tr.diff-same td").Select(td => td.TextContent).ShouldContain(t => t.Contains("第二条", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Deliberation_BeforeLegalityReview_IsRefusedWithTheRuleOnThePage()
    {
        var clerk = await app.ClientForAsync("xiaojiang.clerk");
        var id = await DocumentsApi.DraftAsync(clerk, "小江镇河道保洁管理办法");
        var path = $"/workspace/documents/{id}";

        var response = await PostFormAsync(clerk, path, $"{path}?handler=Deliberate", new()
        {
            ["Form.Date"] = "2026-11-23",
            ["Form.Attendees"] = "全体班子成员",
            ["Form.Decision"] = "Approved",
            ["Form.Text"] = "同意印发。",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await ParseAsync(response);
        var alert = page.QuerySelector(".alert")!.TextContent;
        alert.ShouldContain("未经合法性审核");
        alert.ShouldContain("国办发〔2018〕115号");
        page.QuerySelector(".badge")!.TextContent.ShouldBe("起草中");
    }

    [Fact]
    public async Task ReviewPage_FlagsThePenaltyArticle_AndTheAdvisorsOpinionNeedsReasons()
    {
        // Its own document: the demo one stays under review for the board test.
        var clerk = await app.ClientForAsync("taixia.clerk");
        var id = await DocumentsApi.DraftAsync(clerk, "太霞乡村庄规划区建房管理办法", body: DocumentsApi.Body.Replace("一户只能拥有一处宅基地。", "建房须经乡人民政府审批许可。", StringComparison.Ordinal));
        (await clerk.PostAsync($"/api/workspace/documents/{id}/legality-review", new { reviewerKind = 1, advisorUserName = "taixia.advisor" })).ShouldBeOk();
        var advisor = await app.ClientForAsync("taixia.advisor");
        var path = $"/workspace/documents/{id}/review";

        var page = await ParseAsync(await advisor.GetAsync(path));
        var flagged = page.QuerySelectorAll("tr.due-soon").Select(r => r.TextContent).ToList();
        flagged.ShouldContain(r => r.Contains("第四条", StringComparison.Ordinal) && r.Contains("罚款", StringComparison.Ordinal) && r.Contains("行政处罚", StringComparison.Ordinal));
        flagged.ShouldContain(r => r.Contains("第三条", StringComparison.Ordinal) && r.Contains("行政许可", StringComparison.Ordinal));

        var missing = await ParseAsync(await PostFormAsync(advisor, path, path, new() { ["Opinion"] = "LawfulAfterAmendment", ["Reasons"] = "" }));
        ErrorBeside(missing, "Reasons").ShouldBe("请填写审核意见及理由。");

        var done = await PostFormAsync(advisor, path, path, new() { ["Opinion"] = "LawfulAfterAmendment", ["Reasons"] = "第四条设定罚款超越权限，删除后合法。" });
        done.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var record = await ParseAsync(await advisor.GetAsync($"/workspace/documents/{id}"));
        record.Body!.TextContent.ShouldContain("审核意见：修改后合法");
    }

    [Fact]
    public async Task PortalLibrary_ListsPublishedDocumentsWithValidity_AndNeverDrafts()
    {
        var visitor = app.Anonymous();

        var page = await ParseAsync(await visitor.GetAsync($"/t/{TaixiaCode}/documents"));

        var items = page.QuerySelectorAll(".column li").Select(li => li.TextContent).ToList();
        items.ShouldContain(i => i.Contains("太霞乡便民服务中心服务规范", StringComparison.Ordinal) && i.Contains("有效", StringComparison.Ordinal));
        items.ShouldContain(i => i.Contains("太霞乡集镇农贸市场管理暂行办法", StringComparison.Ordinal) && i.Contains("失效", StringComparison.Ordinal));
        var text = page.Body!.TextContent;
        text.ShouldNotContain("太霞乡农村村民建房管理办法");
        text.ShouldNotContain("太霞乡农村人居环境整治管理办法");
        // The published cleanup list is on the library page.
        text.ShouldContain("2025年度规范性文件集中清理");

        var draft = await DemoDocumentAsync("太霞乡农村村民建房管理办法");
        (await visitor.GetAsync($"/t/{TaixiaCode}/documents/{draft}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var homePage = await ParseAsync(await visitor.GetAsync($"/t/{TaixiaCode}"));
        var column = homePage.QuerySelectorAll("#documents li").Select(li => li.TextContent).ToList();
        column.ShouldContain(i => i.Contains("太霞乡便民服务中心服务规范", StringComparison.Ordinal) && i.Contains("有效", StringComparison.Ordinal));
        column.ShouldContain(i => i.Contains("太霞乡集镇农贸市场管理暂行办法", StringComparison.Ordinal) && i.Contains("失效", StringComparison.Ordinal));
        var home = homePage.Body!.InnerHtml;
        home.ShouldNotContain("太霞乡农村村民建房管理办法");
        // The township portal leads to the public comment on the draft in consultation.
        home.ShouldContain("关于公开征求《太霞乡农村人居环境整治管理办法（征求意见稿）》意见的公告");
    }

    [Fact]
    public async Task DemoComments_OnTheClerksPage_CarryTheDayTheyWereSubmitted()
    {
        var consultation = await app.WithDbAsync(db => db.Set<NormativeDocument>()
            .Where(d => d.Title == "太霞乡农村人居环境整治管理办法").Select(d => d.ConsultationId).SingleAsync());
        var clerk = await app.ClientForAsync("taixia.clerk");

        var page = await ParseAsync(await clerk.GetAsync($"/workspace/consultations/{consultation}"));

        var rows = page.QuerySelectorAll("tbody tr").Select(tr => tr.TextContent).ToList();
        rows.ShouldContain(r => r.Contains("2026-11-18 09:00", StringComparison.Ordinal) && r.Contains("门前三包", StringComparison.Ordinal));
        rows.ShouldContain(r => r.Contains("2026-11-19 09:00", StringComparison.Ordinal) && r.Contains("保洁员", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PortalDocument_ShowsDisclosureMetadataAndRepealDate()
    {
        var id = await DemoDocumentAsync("太霞乡集镇农贸市场管理暂行办法");

        var page = await ParseAsync(await app.Anonymous().GetAsync($"/t/{TaixiaCode}/documents/{id}"));

        var meta = page.QuerySelector("table.table-meta")!.TextContent;
        meta.ShouldContain("太霞府规〔2021〕1号");
        meta.ShouldContain("太霞乡人民政府");
        meta.ShouldContain("主动公开");
        meta.ShouldContain("990100102000/2021-001");
        meta.ShouldContain("失效（已废止）");
        meta.ShouldContain("自2025年12月1日起失效");
        page.QuerySelector("article")!.TextContent.ShouldContain("第三条 乡人民政府负责统筹协调农贸市场管理");
    }

    [Fact]
    public async Task CountyInbox_ShowsTaixiasFiling_AndACorrectionReachesTheTownship()
    {
        var county = await app.ClientForAsync("county.reviewer");
        var inbox = await ParseAsync(await county.GetAsync("/county/filings"));
        inbox.QuerySelectorAll("tbody tr").Select(r => r.TextContent).ShouldContain(r =>
            r.Contains("太霞乡", StringComparison.Ordinal) && r.Contains("太霞府规〔2025〕1号", StringComparison.Ordinal) && r.Contains("准予备案", StringComparison.Ordinal));

        var clerk = await app.ClientForAsync("xiaojiang.clerk");
        var id = await DocumentsApi.DeliberatedAsync(app, clerk, "xiaojiang", "小江镇养犬管理办法");
        (await clerk.PostAsync($"/api/workspace/documents/{id}/registration")).ShouldBeOk();
        await DocumentsApi.SignBothAsync(app, id);
        (await DocumentsApi.PublishAsync(clerk, id)).ShouldBeOk();
        var filingId = (await clerk.PostAsync($"/api/workspace/documents/{id}/filing")).Json.GetGuid();

        var refused = await ParseAsync(await PostFormAsync(county, "/county/filings", "/county/filings", new() { ["filingId"] = filingId.ToString(), ["accept"] = "false", ["reasons"] = "" }));
        ErrorBeside(refused, $"Reasons_{filingId}").ShouldBe("请填写审查意见。");
        (await PostFormAsync(county, "/county/filings", "/county/filings", new() { ["filingId"] = filingId.ToString(), ["accept"] = "false", ["reasons"] = "第四条设定罚款，责令纠正。" }))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var record = await ParseAsync(await clerk.GetAsync($"/workspace/documents/{id}"));
        record.Body!.TextContent.ShouldContain("第四条设定罚款，责令纠正。");
        record.QuerySelector("form[action*='handler=Reopen']").ShouldNotBeNull();
    }

    [Fact]
    public async Task CountyInbox_WhenTownshipClerk_IsRefused()
    {
        var clerk = await app.ClientForAsync("taixia.clerk");

        var response = await clerk.GetAsync("/county/filings");

        ((int)response.StatusCode).ShouldBeOneOf(302, 403);
    }

    [Fact]
    public async Task LedgerExport_OpensInExcelWithTheLedgerRows()
    {
        var clerk = await app.ClientForAsync("taixia.clerk");

        var response = await clerk.GetAsync("/workspace/documents?handler=Export");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        await using var stream = await response.Content.ReadAsStreamAsync();
        var rows = stream.Query(useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        rows.ShouldContain(r => (string)r["文件名称"] == "太霞乡便民服务中心服务规范" && (string)r["文号"] == "太霞府规〔2025〕1号" && (string)r["备案审查结果"] == "准予备案");
        rows.ShouldContain(r => (string)r["文件名称"] == "太霞乡集镇农贸市场管理暂行办法" && (string)r["有效性"] == "失效（已废止）");
        // Only the township's own documents.
        rows.ShouldNotContain(r => ((string)r["文件名称"]).StartsWith("小江镇", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Ledger_PagesInTwenties_CountingWhatTheApiLists_ForEachFilter()
    {
        var clerk = await app.ClientForAsync("xiaojiang.clerk");

        foreach (var filter in new[] { "", "year=2022", "year=2026", "validity=in-force", "validity=invalid", "status=Published", "q=小江" })
        {
            var api = await clerk.GetFromJsonAsync<List<JsonElement>>($"/api/workspace/documents/ledger?{filter}", TestContext.Current.CancellationToken);
            var page = await ParseAsync(await clerk.GetAsync($"/workspace/documents?{filter}"));
            page.QuerySelector(".pager")!.TextContent.ShouldContain($"共 {api!.Count} 件", customMessage: filter);
            var rows = page.QuerySelectorAll("tbody tr a").Select(a => a.TextContent).ToList();
            rows.ShouldBe(api.Take(20).Select(r => r.GetProperty("title").GetString()!).ToList(), filter);
        }

        // The year is the 文号's: every numbered row of a year carries that year in its number.
        var all = await clerk.GetFromJsonAsync<List<JsonElement>>("/api/workspace/documents/ledger", TestContext.Current.CancellationToken);
        var numbered = all!.Select(r => r.GetProperty("documentNumber").GetString()).First(n => n is not null)!;
        var year = numbered[(numbered.IndexOf('〔', StringComparison.Ordinal) + 1)..numbered.IndexOf('〕', StringComparison.Ordinal)];
        var ofTheYear = (await clerk.GetFromJsonAsync<List<JsonElement>>($"/api/workspace/documents/ledger?year={year}", TestContext.Current.CancellationToken)).ShouldNotBeNull();
        ofTheYear.Select(r => r.GetProperty("documentNumber").GetString()).ShouldContain(numbered);
        ofTheYear.Select(r => r.GetProperty("documentNumber").GetString()).Where(n => n is not null).ShouldAllBe(n => n!.Contains($"〔{year}〕"));
    }

    [Fact]
    public async Task Ledger_FiltersByValidity_AndPrintViewListsTheSameRows()
    {
        var clerk = await app.ClientForAsync("taixia.clerk");

        var invalid = await ParseAsync(await clerk.GetAsync("/workspace/documents?validity=invalid"));
        var print = await ParseAsync(await clerk.GetAsync("/workspace/documents/print?validity=invalid"));

        var rows = invalid.QuerySelectorAll("tbody tr").Select(r => r.TextContent).ToList();
        rows.Count.ShouldBe(1);
        rows[0].ShouldContain("太霞乡集镇农贸市场管理暂行办法");
        print.QuerySelectorAll("tbody tr").Length.ShouldBe(1);
        print.QuerySelector("h1")!.TextContent.ShouldBe("太霞乡人民政府 行政规范性文件台账");
    }

    [Fact]
    public async Task Board_ShowsTheDemoReviewPeriod_AsDueSoon()
    {
        var clerk = await app.ClientForAsync("taixia.clerk");

        var board = await ParseAsync(await clerk.GetAsync($"/workspace/deadlines?Filter.Q={Uri.EscapeDataString("太霞乡农村村民建房管理办法")}"));

        // Assigned Mon 16 Nov for 7 working days: due Wed 25 Nov; two working days ahead on 23 Nov, so it is due soon.
        board.QuerySelectorAll("tr.due-soon").Select(r => r.TextContent).ShouldContain(r =>
            r.Contains("太霞乡农村村民建房管理办法", StringComparison.Ordinal) && r.Contains("规范性文件合法性审核", StringComparison.Ordinal) && r.Contains("2026-11-25", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ExpiryWarning_WhenValidityEndsWithinNinetyDays_ShowsOnTheBoard()
    {
        var clerk = await app.ClientForAsync("xiaojiang.clerk");
        var id = await DocumentsApi.DeliberatedAsync(app, clerk, "xiaojiang", "小江镇集镇摊点管理办法");
        (await clerk.PostAsync($"/api/workspace/documents/{id}/registration")).ShouldBeOk();
        await DocumentsApi.SignBothAsync(app, id);
        // In force since 1 January 2022 (a re-issued text): five years end on 31 December 2026.
        (await clerk.PostAsync($"/api/workspace/documents/{id}/publication", new { writtenOn = "2026-11-23", effectiveFrom = "2022-01-01" })).ShouldBeOk();

        var board = await ParseAsync(await clerk.GetAsync($"/workspace/deadlines?Filter.Q={Uri.EscapeDataString("小江镇集镇摊点管理办法")}"));

        board.QuerySelectorAll("tr.due-soon").Select(r => r.TextContent).ShouldContain(r =>
            r.Contains("小江镇集镇摊点管理办法", StringComparison.Ordinal) && r.Contains("规范性文件有效期届满", StringComparison.Ordinal) && r.Contains("2026-12-31", StringComparison.Ordinal));
        board.Body!.TextContent.ShouldContain("规范性文件报送备案");
    }

    [Fact]
    public async Task Evaluation_RecordedOnTheDocumentPage_NeedsItsFieldsAndAppearsInTheList()
    {
        var clerk = await app.ClientForAsync("taixia.clerk");
        var id = await DemoDocumentAsync("太霞乡便民服务中心服务规范");
        var path = $"/workspace/documents/{id}";

        var missing = await ParseAsync(await PostFormAsync(clerk, path, $"{path}?handler=Evaluate", new() { ["Form.Date"] = "2026-11-20", ["Form.Evaluator"] = "太霞乡党政办" }));
        ErrorBeside(missing, "Form.Text").ShouldBe("请填写评估发现。");
        ErrorBeside(missing, "Form.Conclusion").ShouldBe("请填写评估结论。");

        (await PostFormAsync(clerk, path, $"{path}?handler=Evaluate", new()
        {
            ["Form.Date"] = "2026-11-20",
            ["Form.Evaluator"] = "太霞乡党政办",
            ["Form.Text"] = "群众满意度调查满意率96%。",
            ["Form.Conclusion"] = "建议下次清理时继续保留。",
        })).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var list = (await ParseAsync(await clerk.GetAsync("/workspace/documents/evaluations"))).QuerySelectorAll("tbody tr").Select(r => r.TextContent).ToList();
        list.ShouldContain(r => r.Contains("建议下次清理时继续保留。", StringComparison.Ordinal) && r.Contains("2026-11-20", StringComparison.Ordinal));
        list.ShouldContain(r => r.Contains("实施效果良好，继续实施。", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Cleanup_ListsDocumentsInForce_AndRefusesPublicationUntilEachIsDecided()
    {
        var clerk = await app.ClientForAsync("xiaojiang.clerk");
        var start = await PostFormAsync(clerk, "/workspace/documents/cleanups", "/workspace/documents/cleanups", new() { ["CampaignTitle"] = "2026年度规范性文件清理", ["Reason"] = "定期清理。" });
        start.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var path = start.Headers.Location!.OriginalString;

        var page = await ParseAsync(await clerk.GetAsync(path));
        var rows = page.QuerySelectorAll("tbody tr").Select(r => r.TextContent).ToList();
        rows.ShouldContain(r => r.Contains("小江镇农贸市场管理办法", StringComparison.Ordinal));
        page.QuerySelector("form[data-confirm]").ShouldNotBeNull();

        var refused = await ParseAsync(await PostFormAsync(clerk, path, $"{path}?handler=Publish", []));
        refused.QuerySelector(".alert")!.TextContent.ShouldContain("未作出清理结论，不能公布清理结果（国办发〔2018〕37号");
    }

    [Fact]
    public async Task NumberingSigningAndPublication_ThroughTheRecordPage_ReachThePortal()
    {
        var clerk = await app.ClientForAsync("xiaojiang.clerk");
        var id = await DocumentsApi.DeliberatedAsync(app, clerk, "xiaojiang", "小江镇农村公路养护管理办法");
        var path = $"/workspace/documents/{id}";
        (await PostFormAsync(clerk, path, $"{path}?handler=Register", [])).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var number = (await ParseAsync(await clerk.GetAsync(path))).QuerySelectorAll(".badge.text-bg-success").Select(b => b.TextContent).Single(t => t.StartsWith("小江府规", StringComparison.Ordinal));

        // Signing is the leaders' act: the clerk is refused with the rule.
        var refused = await PostFormAsync(clerk, path, $"{path}?handler=Sign&role=LeaderInCharge", []);
        refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("须由分管领导和主要领导签发");
        // The 分管领导 signs first, then the 主要领导 (ADR 0027); each is told what comes next.
        var deputy = await app.ClientForAsync("xiaojiang.deputy");
        (await PostFormAsync(deputy, path, $"{path}?handler=Sign&role=LeaderInCharge", [])).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var leader = await app.ClientForAsync("xiaojiang.leader");
        (await PostFormAsync(leader, path, $"{path}?handler=Sign&role=PrincipalLeader", [])).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await ParseAsync(await leader.GetAsync(path))).QuerySelector(".flash")!.TextContent.ShouldContain("下一步：公布");
        (await ParseAsync(await clerk.GetAsync(path))).QuerySelector(".badge")!.TextContent.ShouldBe("已签发");

        var missing = await ParseAsync(await PostFormAsync(clerk, path, $"{path}?handler=Publish", new() { ["Form.Date"] = "", ["Form.EffectiveFrom"] = "" }));
        ErrorBeside(missing, "Form.Date").ShouldBe("请填写成文日期。");
        ErrorBeside(missing, "Form.EffectiveFrom").ShouldBe("请填写施行日期。");
        (await PostFormAsync(clerk, path, $"{path}?handler=Publish", new() { ["Form.Date"] = "2026-11-23", ["Form.EffectiveFrom"] = "2026-12-01", ["Form.DisclosureMode"] = "主动公开" }))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var portal = await ParseAsync(await app.Anonymous().GetAsync($"/t/990100101000/documents/{id}"));
        var meta = portal.QuerySelector("table.table-meta")!.TextContent;
        meta.ShouldContain(number);
        meta.ShouldContain("2026-12-01");
        meta.ShouldContain("2031-11-30");
        meta.ShouldContain("有效");
        var record = await ParseAsync(await clerk.GetAsync(path));
        record.QuerySelector("form[action*='handler=File']").ShouldNotBeNull();
        record.Body!.TextContent.ShouldContain("规范性文件报送备案");
    }

    [Fact]
    public async Task Edit_OfASignedDocument_IsRefusedWithTheRuleAndKeepsTheText()
    {
        var clerk = await app.ClientForAsync("taixia.clerk");
        var id = await DemoDocumentAsync("太霞乡便民服务中心服务规范");
        var edit = $"/workspace/documents/{id}/edit";

        var response = await PostFormAsync(clerk, edit, edit, new() { ["Form.Title"] = "太霞乡便民服务中心服务规范", ["Form.Body"] = "第一条 改写。" });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await ParseAsync(response);
        page.QuerySelector(".alert")!.TextContent.ShouldContain("已登记编号或签发的文件文本不得修改");
        page.QuerySelector("textarea[name='Form.Body']")!.TextContent.ShouldBe("第一条 改写。");
        (await app.WithDbAsync(db => db.Set<DocumentVersion>().CountAsync(v => v.DocumentId == id))).ShouldBe(1);
    }
}
