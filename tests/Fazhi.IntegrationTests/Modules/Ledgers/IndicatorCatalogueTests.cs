using System.Net;
using AngleSharp.Html.Parser;
using Fazhi.IntegrationTests.Infrastructure;

namespace Fazhi.IntegrationTests.Modules.Ledgers;

/// <summary>
/// The indicator catalogue (issue 18 §2): a township sees every indicator its report can state — typed and configured —
/// with key, unit, definition and the records behind it; the county sees every township's, with the county figure.
/// </summary>
public sealed class IndicatorCatalogueTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    [Fact]
    public async Task Township_SeesTypedAndConfiguredIndicators_WithTheirDefinitionAndRecords()
    {
        var clerk = await app.ClientForAsync("taixia.clerk");

        var page = new HtmlParser().ParseDocument(await clerk.GetStringAsync("/workspace/indicators?year=2022"));

        var typed = page.QuerySelector("tr[data-key='enforcement.cases-filed']")!;
        typed.TextContent.ShouldContain("业务记录");
        var configured = page.QuerySelector("tr[data-key='ledger.sanzi.satisfaction']")!;
        configured.TextContent.ShouldContain("群众对村务、财务公开的满意率达〔数值〕以上");
        configured.TextContent.ShouldContain("自定义台账");
        configured.Children[6].TextContent.ShouldBe("98");
        var records = configured.QuerySelector("a")!.GetAttribute("href")!;
        (await clerk.GetAsync(records)).StatusCode.ShouldBe(HttpStatusCode.OK);
        // 头营镇's ledgers are its own.
        page.QuerySelector("tr[data-key='ledger.lianzheng-talks.talks']").ShouldBeNull();
    }

    [Fact]
    public async Task County_SeesEveryTownshipsIndicators_AndComparesAConfiguredOneOnItsConsole()
    {
        var county = await app.ClientForAsync("county.reviewer");

        var page = new HtmlParser().ParseDocument(await county.GetStringAsync("/county/indicators?year=2022"));

        page.QuerySelector("tr[data-key='ledger.lianzheng-talks.talks']")!.Children[6].TextContent.ShouldBe("8");
        page.QuerySelector("tr[data-key='ledger.sanzi.villages']")!.Children[6].TextContent.ShouldBe("7");
        var console = page.QuerySelector("tr[data-key='ledger.lianzheng-talks.talks'] a")!.GetAttribute("href")!;
        (await county.GetAsync(console)).StatusCode.ShouldBe(HttpStatusCode.OK);
        // The annual reports' comparison has a column for it too: 头营镇 states 8, a township without the ledger states nothing.
        var reports = new HtmlParser().ParseDocument(await county.GetStringAsync("/county/reports?year=2022"));
        var headers = reports.QuerySelectorAll("#report-figures thead th").Select(th => th.TextContent).ToList();
        var talks = reports.QuerySelector("#report-figures tr[data-key='ledger.lianzheng-talks.talks']")!.Children;
        talks[headers.IndexOf("头营镇")].TextContent.ShouldBe("8");
        talks[headers.IndexOf("小江镇")].TextContent.ShouldBe("—");
        talks[^1].TextContent.ShouldBe("8");

        // A township's staff are turned away from the county area (ADR 0002).
        (await (await app.ClientForAsync("taixia.clerk")).GetAsync("/county/indicators")).StatusCode.ShouldBe(HttpStatusCode.Found);
    }
}
