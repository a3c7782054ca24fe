using System.Net;
using AngleSharp.Html.Parser;
using DocumentFormat.OpenXml.Packaging;
using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.Modules.Decisions.Contracts;
using Fazhi.Modules.Enforcement.Contracts;
using Fazhi.Modules.Organization;
using Fazhi.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Fazhi.IntegrationTests.Modules.Reports;

/// <summary>
/// The annual report from the records to the portal: the draft states what the records say, only a leader approves,
/// only published reports reach the portal, and the county's totals are the sum of its townships.
/// </summary>
public sealed class AnnualReportTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    private const string XiaojiangSentence = "本年度行政处罚案件立案共14宗，已结案7宗，在办7宗，开展重大执法决定法制审核9件，案件公示9件";

    [Fact]
    public async Task DemoReport_Of2022_StatesTheEnforcementFiguresOfTheRecords()
    {
        var clerk = await app.ClientForAsync("xiaojiang.clerk");
        var figures = await app.WithDbAsync(async db =>
        {
            var township = await db.Set<Township>().SingleAsync(t => t.DivisionCode == "990100101000");
            await using var scope = app.Services.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<CurrentTenant>().Value = TenantContext.System;
            return await scope.ServiceProvider.GetRequiredService<IEnforcementFigures>().ForYearAsync(township.Id, 2022, CancellationToken.None);
        });

        var page = new HtmlParser().ParseDocument(await clerk.GetStringAsync("/workspace/reports/2022"));

        page.Body!.TextContent.ShouldContain(XiaojiangSentence);
        string Cell(string key) => page.QuerySelector($"tr[data-key='{key}'] td:nth-child(3)")!.TextContent;
        Cell("enforcement.cases-filed").ShouldBe($"{figures.CasesFiled}宗");
        Cell("enforcement.cases-closed").ShouldBe($"{figures.CasesClosed}宗");
        Cell("enforcement.cases-in-progress").ShouldBe($"{figures.CasesInProgress}宗");
        Cell("enforcement.legal-reviews").ShouldBe($"{figures.LegalReviews}件");
        Cell("enforcement.decisions-published").ShouldBe($"{figures.DecisionsPublished}件");
        page.QuerySelector("tr[data-key='enforcement.cases-filed'] a")!.GetAttribute("href").ShouldBe("/workspace/enforcement/cases?year=2022");
        foreach (var heading in new[] { "一、主要举措和成效", "二、存在的不足和原因", "三、党政主要负责人履行推进法治建设第一责任人职责情况", "四、下一年度推进法治政府建设的主要安排", "五、其他需要报告的情况" })
        {
            page.Body.TextContent.ShouldContain(heading);
        }
    }

    [Fact]
    public async Task Draft_ForTaixia2026_StatesTheMajorDecisionFiguresOfTheRecords()
    {
        var clerk = await app.ClientForAsync("taixia.clerk");
        var figures = await app.WithDbAsync(async db =>
        {
            var township = await db.Set<Township>().SingleAsync(t => t.DivisionCode == "990100102000");
            await using var scope = app.Services.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<CurrentTenant>().Value = TenantContext.System;
            return await scope.ServiceProvider.GetRequiredService<IMajorDecisionFigures>().ForYearAsync(township.Id, 2026, CancellationToken.None);
        });
        figures.DecisionsMade.ShouldBeGreaterThan(0);

        (await ReportScenario.DraftAsync(clerk, 2026)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var page = new HtmlParser().ParseDocument(await clerk.GetStringAsync("/workspace/reports/2026"));

        string Cell(string key) => page.QuerySelector($"tr[data-key='{key}'] td:nth-child(3)")!.TextContent;
        Cell("decisions.made").ShouldBe($"{figures.DecisionsMade}项");
        Cell("decisions.hearings").ShouldBe($"{figures.Hearings}场");
        Cell("decisions.collective-matters").ShouldBe($"{figures.CollectiveMattersDecided}项");
        page.Body!.TextContent.ShouldContain($"作出重大行政决策{figures.DecisionsMade}项");
    }

    [Fact]
    public async Task Approve_WhenNotALeader_IsRefusedWithTheRule()
    {
        // 河市镇's 2024 report is a published seed report; its 2022 report is still to be written.
        var clerk = await app.ClientForAsync("heshi.clerk");
        (await ReportScenario.DraftAsync(clerk, 2022)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await ReportScenario.CompleteAsync(clerk, 2022, "（一）依法行政\n全年依法行政。")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var response = await ReportScenario.PostAsync(clerk, "/workspace/reports/2022", "Approve");

        // Who may approve is the step's WhoMay rule (ADR 0010): refused with 403 and the rule's message.
        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await response.Content.ReadAsStringAsync()).ShouldContain("年度报告须经领导审定");
    }

    [Fact]
    public async Task Approve_WhenAPartIsEmpty_IsRefusedNamingThePart()
    {
        var clerk = await app.ClientForAsync("dazhanglou.clerk");
        await ReportScenario.DraftAsync(clerk, 2024);
        var leader = await app.ClientForAsync("dazhanglou.leader");

        var response = await ReportScenario.PostAsync(leader, "/workspace/reports/2024", "Approve");

        var body = await response.Content.ReadAsStringAsync();
        body.ShouldContain("alert", Case.Sensitive);
        body = body[body.IndexOf("role=\"alert\"", StringComparison.Ordinal)..];
        // Parts 三 to 五 are written by staff (and 一 too when the year recorded nothing), so a fresh draft cannot be
        // approved; the message names the first empty part.
        body.ShouldMatch("“[一二三]、[^”]+”尚未填写。年度报告须包括五部分内容");
    }

    [Fact]
    public async Task Portal_ShowsOnlyPublishedReports_WithMetadataAndBothFiles()
    {
        const string code = "990100102000";
        var clerk = await app.ClientForAsync("taixia.clerk");
        var visitor = app.Anonymous();
        (await ReportScenario.DraftAsync(clerk, 2025)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await ReportScenario.CompleteAsync(clerk, 2025, "（一）依法决策\n全年依法决策。")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var r0 = await visitor.GetAsync($"/t/{code}/reports/2025");
        r0.StatusCode.ShouldBe(HttpStatusCode.NotFound, await r0.Content.ReadAsStringAsync());
        (await ReportScenario.TextAsync(visitor, $"/t/{code}/reports")).ShouldNotContain("太霞乡2025年法治政府建设年度报告");

        var leader = await app.ClientForAsync("taixia.leader");
        (await ReportScenario.PostAsync(leader, "/workspace/reports/2025", "Approve")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await visitor.GetAsync($"/t/{code}/reports/2025")).StatusCode.ShouldBe(HttpStatusCode.NotFound, "审定但未公开的报告不应出现在门户");

        (await ReportScenario.PostAsync(clerk, "/workspace/reports/2025", "Publish")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await ReportScenario.PostAsync(clerk, "/workspace/reports/2025", "Submit")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        (await ReportScenario.TextAsync(visitor, $"/t/{code}/reports")).ShouldContain("太霞乡2025年法治政府建设年度报告");
        var detail = await ReportScenario.TextAsync(visitor, $"/t/{code}/reports/2025");
        detail.ShouldContain($"{code}/2026-FZBG2025");
        detail.ShouldContain("主动公开");
        detail.ShouldContain("一、主要举措和成效");
        var docx = await visitor.GetAsync($"/t/{code}/reports/2025?handler=Docx");
        docx.StatusCode.ShouldBe(HttpStatusCode.OK);
        using (var document = WordprocessingDocument.Open(new MemoryStream(await docx.Content.ReadAsByteArrayAsync()), false))
        {
            document.MainDocumentPart!.Document.Body!.InnerText.ShouldContain("全年依法决策。");
        }

        var pdf = await visitor.GetAsync($"/t/{code}/reports/2025?handler=Pdf");
        if (File.Exists("/usr/bin/soffice"))
        {
            pdf.StatusCode.ShouldBe(HttpStatusCode.OK);
            (await pdf.Content.ReadAsByteArrayAsync())[..4].ShouldBe("%PDF"u8.ToArray());
        }

        // Published is final: a new version is refused with the rule.
        var refused = await ReportScenario.CompleteAsync(clerk, 2025, "改写");
        (await refused.Content.ReadAsStringAsync()).ShouldContain("报告已向社会公开，不能再修改");
    }

    [Fact]
    public async Task CountyConsole_TotalsEqualTheSumOfTownships_AndShowsEveryTownshipsStatus()
    {
        var county = await app.ClientForAsync("county.reviewer");

        var page = new HtmlParser().ParseDocument(await county.GetStringAsync("/county/reports?year=2022"));

        page.QuerySelectorAll("#report-states tbody tr").Length.ShouldBe(5);
        // The seed reports of 2022 were published before 1 April 2023; 河市镇 published none for 2022.
        page.QuerySelector("#report-states tr[data-township='小江镇']")!.TextContent.ShouldContain("按时公开");
        page.QuerySelector("#report-states tr[data-township='河市镇']")!.TextContent.ShouldContain("逾期未公开");
        var rows = page.QuerySelectorAll("#report-figures tbody tr").ToList();
        rows.ShouldNotBeEmpty();
        // Rates are recomputed from the summed counts and averages (平均…天数) are not summed (ADR 0034): the counts add up.
        foreach (var row in rows.Where(r => !r.QuerySelector("th")!.TextContent.Contains('率', StringComparison.Ordinal) && !r.QuerySelector("th")!.TextContent.Contains("平均", StringComparison.Ordinal)))
        {
            var cells = row.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList();
            var sum = cells.SkipLast(1).Sum(c => c == "—" ? 0m : decimal.Parse(c, System.Globalization.CultureInfo.InvariantCulture));
            decimal.Parse(cells[^1], System.Globalization.CultureInfo.InvariantCulture).ShouldBe(sum, row.QuerySelector("th")!.TextContent);
        }

        page.QuerySelector("#report-figures tr[data-key='enforcement.cases-filed'] td")!.TextContent.ShouldBe("14");
        var excel = await county.GetAsync("/county/reports?handler=Excel&year=2022");
        excel.StatusCode.ShouldBe(HttpStatusCode.OK);
        var sheet = MiniExcelLibs.MiniExcel.Query(new MemoryStream(await excel.Content.ReadAsByteArrayAsync()), useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        sheet.Count.ShouldBe(6);
        sheet[^1]["乡镇"].ShouldBe("全县合计");
    }

    [Fact]
    public async Task SaveVersion_AfterApproval_KeepsEveryVersionAndAsksForApprovalAgain()
    {
        var clerk = await app.ClientForAsync("heshi.clerk");
        await ReportScenario.DraftAsync(clerk, 2023);
        await ReportScenario.CompleteAsync(clerk, 2023, "（一）依法行政\n第一次写法。");
        (await ReportScenario.PostAsync(await app.ClientForAsync("heshi.leader"), "/workspace/reports/2023", "Approve")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        await ReportScenario.CompleteAsync(clerk, 2023, "（一）依法行政\n第二次写法。");

        var page = new HtmlParser().ParseDocument(await clerk.GetStringAsync("/workspace/reports/2023"));
        page.Body!.TextContent.ShouldContain("起草中");
        page.Body.TextContent.ShouldContain("第二次写法。");
        page.QuerySelectorAll("a[href^='/workspace/reports/2023?v=']").Select(a => a.TextContent).ShouldBe(["第 3 稿", "第 2 稿", "第 1 稿"]);
        (await ReportScenario.TextAsync(clerk, "/workspace/reports/2023?v=2")).ShouldContain("第一次写法。");
        (await ReportScenario.PostAsync(clerk, "/workspace/reports/2023", "Publish")).StatusCode.ShouldBe(HttpStatusCode.OK, "未重新审定的报告不能公开");
    }

    [Fact]
    public async Task Preview_WhenLibreOfficeIsInstalled_ShowsThePagesAsImages_AndServesTheSecondVisitFromTheRenderedPages()
    {
        if (!File.Exists("/usr/bin/soffice") || !File.Exists("/usr/bin/pdftoppm"))
        {
            Assert.Skip("未安装 LibreOffice 或 poppler-utils，无法生成版面预览。");
        }

        var clerk = await app.ClientForAsync("xiaojiang.clerk");

        var page = new HtmlParser().ParseDocument(await clerk.GetStringAsync("/workspace/reports/2022/preview"));

        page.QuerySelector("[role=alert]").ShouldBeNull();
        var images = page.QuerySelectorAll("img[src*='handler=Image']").Select(i => i.GetAttribute("src")!).ToList();
        images.Count.ShouldBeGreaterThan(0);
        using var image = await clerk.GetAsync(images[0]);
        image.StatusCode.ShouldBe(HttpStatusCode.OK);
        image.Content.Headers.ContentType!.MediaType.ShouldBe("image/png");
        // Legible: an A4 page drawn at 100 dpi is about 827 px wide (PNG width is bytes 16–19 of the header).
        var png = await image.Content.ReadAsByteArrayAsync();
        System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)).ShouldBeGreaterThan(800);

        // The same version again: shown from the pages already rendered, not converted a second time.
        var again = new HtmlParser().ParseDocument(await clerk.GetStringAsync("/workspace/reports/2022/preview"));
        again.QuerySelector("main")!.TextContent.ShouldContain("本稿版面已生成过");
        again.QuerySelectorAll("img[src*='handler=Image']").Select(i => i.GetAttribute("src")).ShouldBe(images);

        // Another township's clerk cannot read these pages by their address.
        var other = await app.ClientForAsync("taixia.clerk");
        (await other.GetAsync(images[0])).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
