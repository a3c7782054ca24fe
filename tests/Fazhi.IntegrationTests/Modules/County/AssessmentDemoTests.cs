using AngleSharp.Html.Parser;
using Fazhi.IntegrationTests.Infrastructure;

namespace Fazhi.IntegrationTests.Modules.County;

/// <summary>The demo county's 2022 考核表 (created by its reviewer through the handler): a hundred points over ten lines, every township scored.</summary>
public sealed class AssessmentDemoTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    [Fact]
    public async Task DemoSheet_ScoresEveryTownship_OutOfAHundred()
    {
        var county = await app.ClientForAsync("county.reviewer");

        var page = new HtmlParser().ParseDocument(await county.GetStringAsync("/county/assessment"));

        page.QuerySelector("#sheet-title")!.TextContent.ShouldBe("2022年度乡镇法治政府建设考核（满分 100 分）");
        page.QuerySelectorAll("#sheet-lines tbody tr").Length.ShouldBe(10);
        page.QuerySelectorAll("#assessment-scores tbody tr").Select(r => r.GetAttribute("data-township")).ShouldBe(["小江镇", "太霞乡", "头营镇", "河市镇", "大张楼镇"]);
        // 太霞乡's seed: 合法性审核率 and 备案率 100% → the two 达标 lines give their full 10 points each.
        var taixia = page.QuerySelector("#assessment-scores tr[data-township='太霞乡']")!;
        taixia.QuerySelector("td[data-key='documents.review-rate']")!.GetAttribute("data-points").ShouldBe("10");
        taixia.QuerySelector("td[data-key='documents.filing-rate']")!.GetAttribute("data-points").ShouldBe("10");
    }
}
