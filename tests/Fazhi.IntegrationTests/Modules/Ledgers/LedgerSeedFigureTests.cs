using System.Net;
using AngleSharp.Html.Parser;
using DocumentFormat.OpenXml.Packaging;
using Fazhi.IntegrationTests.Infrastructure;

namespace Fazhi.IntegrationTests.Modules.Ledgers;

/// <summary>
/// The seeds' long-tail figures come from configured ledgers (issue 18 §7): the published seed reports state them in the
/// seeds' words, and the ledger page lists the entries behind them.
/// </summary>
public sealed class LedgerSeedFigureTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    public static TheoryData<string, int, string> Sentences => new()
    {
        { "990100103000", 2022, "全年春节、国庆等节前集体廉政谈话8次。" },
        { "990100103000", 2022, "组织镇级人大代表依法开展视察、调研、监督检查等活动8次。" },
        { "990100102000", 2022, "在7个村全面推广三资监管系统，对群众普遍关心的村务决策、干部报酬、财务收支等内容定期公开，群众对村务、财务公开的满意率达98%以上。" },
        { "990100104000", 2024, "2024年投入资金10余万元，对镇综治中心进行升级改造。" },
    };

    [Theory]
    [MemberData(nameof(Sentences))]
    public async Task SeedReport_StatesTheLedgerFigure_InTheSeedsWords(string code, int year, string sentence)
    {
        var response = await app.Anonymous().GetAsync($"/t/{code}/reports/{year}?handler=Docx");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var document = WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        var text = string.Join("\n", document.MainDocumentPart!.Document.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText));

        text.ShouldContain(sentence);
    }

    [Fact]
    public async Task TaixiaLedgerPage_ListsTheSevenVillagesBehindTheFigure()
    {
        var clerk = await app.ClientForAsync("taixia.clerk");
        var list = new HtmlParser().ParseDocument(await clerk.GetStringAsync("/workspace/ledgers?year=2022"));
        var link = list.QuerySelectorAll("table.ledgers a").Single(a => a.TextContent == "农村“三资”监管台账").GetAttribute("href")!;

        var page = new HtmlParser().ParseDocument(await clerk.GetStringAsync(link));

        var rows = page.QuerySelectorAll("table.ledger-entries tbody tr").ToList();
        rows.Count.ShouldBe(7);
        rows.Select(r => r.Children[1].TextContent).Distinct().Count().ShouldBe(7);
    }
}
