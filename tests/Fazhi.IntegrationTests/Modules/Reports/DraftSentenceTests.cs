using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.Modules.Documents.Contracts;
using Fazhi.Modules.Organization;
using Fazhi.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Fazhi.IntegrationTests.Modules.Reports;

/// <summary>
/// The drafted text reads as the seed reports do: part 一 (主要举措和成效) states what the records show was done and
/// never counts nothing (“制定印发行政规范性文件0件，公开发布0件……”); a subsection with nothing recorded is left out of
/// the draft and named beside the figures, which still show the zeros.
/// </summary>
public sealed partial class DraftSentenceTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    [Fact]
    public async Task Draft_OfAYearWithNoDocuments_LeavesTheirSubsectionOut_InsteadOfCountingZeros()
    {
        const int year = 2021;
        var figures = await app.WithDbAsync(async db =>
        {
            var township = await db.Set<Township>().SingleAsync(t => t.DivisionCode == "990100105000");
            await using var scope = app.Services.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<CurrentTenant>().Value = TenantContext.System;
            return await scope.ServiceProvider.GetRequiredService<IDocumentFigures>().ForTownshipAsync(township.Id, year, CancellationToken.None);
        });
        figures.Issued.ShouldBe(0, "大张楼镇 2021 年没有规范性文件记录");
        figures.Published.ShouldBe(0);
        var clerk = await app.ClientForAsync("dazhanglou.clerk");

        (await ReportScenario.DraftAsync(clerk, year)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var page = new HtmlParser().ParseDocument(await clerk.GetStringAsync($"/workspace/reports/{year}"));

        var text = page.QuerySelector("section.card")!.TextContent;
        text.ShouldContain("一、主要举措和成效");
        text.ShouldNotContain("规范行政规范性文件管理");
        text.ShouldNotContain("制定印发行政规范性文件");
        ZeroCount().Matches(text).Select(m => m.Value).ShouldBeEmpty("正文不应写“0件”“0宗”之类的句子");
        page.QuerySelector("tr[data-key='documents.issued'] td:nth-child(3)")!.TextContent.ShouldBe("0件");
        page.QuerySelector("#left-out")!.TextContent.ShouldContain("规范行政规范性文件管理");
    }

    // A figure of zero followed by a unit, not part of a larger number (10件, 2.0%).
    [GeneratedRegex("(?<![0-9.])0(件|宗|项|人|场|条|次|份|万元)")]
    private static partial Regex ZeroCount();
}
