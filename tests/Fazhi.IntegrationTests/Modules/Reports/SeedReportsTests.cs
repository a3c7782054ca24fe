using System.Net;
using AngleSharp.Html.Parser;
using DocumentFormat.OpenXml.Packaging;
using Fazhi.IntegrationTests.Infrastructure;

namespace Fazhi.IntegrationTests.Modules.Reports;

/// <summary>
/// The five seed reports (头营镇 2022, 太霞乡 2022, 大张楼镇 2022, 小江镇 2022, 河市镇 2024) as the demo publishes them
/// through the report workflow: public on each township's portal with a DOCX that opens, stating the seeds' figures
/// that the records hold — and nothing the records do not. Here the PDF step after start-up is off (the default of the
/// test app), so the portal offers the DOCX alone and never a link that leads nowhere.
/// </summary>
public sealed class SeedReportsTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    public static TheoryData<string, int, string> Seeds => new()
    {
        { "990100103000", 2022, "头营镇2022年法治政府建设年度报告" },
        { "990100102000", 2022, "太霞乡2022年法治政府建设年度报告" },
        { "990100105000", 2022, "大张楼镇2022年法治政府建设年度报告" },
        { "990100101000", 2022, "小江镇2022年法治政府建设年度报告" },
        { "990100104000", 2024, "河市镇2024年法治政府建设年度报告" },
    };

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task SeedReport_IsPublishedOnItsTownshipsPortal_WithADocxThatOpens_AndNoLinkThatLeadsNowhere(string code, int year, string title)
    {
        var visitor = app.Anonymous();

        (await ReportScenario.TextAsync(visitor, $"/t/{code}/reports")).ShouldContain(title);
        var page = new HtmlParser().ParseDocument(await visitor.GetStringAsync($"/t/{code}/reports/{year}"));
        page.QuerySelector("h1")!.TextContent.ShouldBe(title);
        page.QuerySelector("table.table-meta")!.TextContent.ShouldContain($"{code}/{year + 1}-FZBG{year}");

        var links = page.QuerySelectorAll("a[href*='handler=']").Select(a => a.GetAttribute("href")!).ToList();
        links.ShouldContain($"/t/{code}/reports/{year}?handler=Docx");
        foreach (var link in links)
        {
            (await visitor.GetAsync(link)).StatusCode.ShouldBe(HttpStatusCode.OK, link);
        }

        (await DocxTextAsync(visitor, code, year)).ShouldContain(title);
    }

    [Fact]
    public async Task Taixia2022_StatesItsDocumentRatesAndItsThreeOfficerTrainings_FromTheRecords()
    {
        var text = await DocxTextAsync(app.Anonymous(), "990100102000", 2022);

        // 太霞乡's seed: 规范性文件合法审查率、备案率和统一发布率达100%; 5个工作日内公示; 行政执法人员业务培训3场.
        text.ShouldContain("制定印发行政规范性文件2件，合法性审核率100%，公开发布2件，统一发布率100%，按时公布率100%，报县备案2件，备案率100%");
        text.ShouldContain("其中行政执法人员业务培训3场");
    }

    [Fact]
    public async Task Touying2022_StatesItsEightCertifiedOfficers_FromTheRecords()
    {
        var text = await DocxTextAsync(app.Anonymous(), "990100103000", 2022);

        // 头营镇's seed: 现有执法工作人员8人.
        text.ShouldContain("现有执法人员8人，持证率100%");
    }

    [Fact]
    public async Task SeedReports_StateNoFigureTheirRecordsDoNotHold()
    {
        var visitor = app.Anonymous();

        // 太霞乡's seed claims 3名依法行政监督员 beside its 合同审核率达100%; 小江镇's 人民调解共66宗; 头营镇's 人大代表视察8次.
        // The contracts 太霞乡's advisor reviewed and 小江镇's mediations are recorded (Advisors, Disputes), and 头营镇's
        // deputies' activities in a configured ledger (Ledgers), so those are stated; no record holds the supervisors.
        var taixia = await DocxTextAsync(visitor, "990100102000", 2022);
        taixia.ShouldContain("合同审核率达100%");
        taixia.ShouldNotContain("监督员");
        var xiaojiang = await DocxTextAsync(visitor, "990100101000", 2022);
        xiaojiang.ShouldContain("人民调解共66宗");
        var touying = await DocxTextAsync(visitor, "990100103000", 2022);
        touying.ShouldContain("组织镇级人大代表依法开展视察、调研、监督检查等活动8次");
        // And no subsection counts nothing (issue 12 §6).
        foreach (var text in new[] { taixia, xiaojiang, touying })
        {
            text.ShouldNotMatch("[^0-9]0(件|宗|人|次|场)");
        }
    }

    [Fact]
    public async Task CountyConsole_Of2022_ShowsTheFourSeedReportsPublishedOnTime()
    {
        var county = await app.ClientForAsync("county.reviewer");

        var page = new HtmlParser().ParseDocument(await county.GetStringAsync("/county/reports?year=2022"));

        foreach (var township in new[] { "小江镇", "太霞乡", "头营镇", "大张楼镇" })
        {
            page.QuerySelector($"#report-states tr[data-township='{township}']")!.TextContent.ShouldContain("按时公开", customMessage: township);
        }

        // 河市镇's seed is its 2024 report: its 2022 report was never published, and the console says so.
        page.QuerySelector("#report-states tr[data-township='河市镇']")!.TextContent.ShouldContain("逾期未公开");
    }

    private static async Task<string> DocxTextAsync(HttpClient visitor, string code, int year)
    {
        var response = await visitor.GetAsync($"/t/{code}/reports/{year}?handler=Docx");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var document = WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        // Paragraph by paragraph: a sentence is never split across runs in what the reader sees.
        return string.Join("\n", document.MainDocumentPart!.Document.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText));
    }
}
