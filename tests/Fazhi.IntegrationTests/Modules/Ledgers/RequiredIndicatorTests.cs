using System.Net;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.IntegrationTests.Modules.Education;

namespace Fazhi.IntegrationTests.Modules.Ledgers;

/// <summary>
/// 必报指标 (issue 18 §2): the county marks on /county/indicators what each township's report of a year must state; the
/// township's report page and its draft API warn, by the indicator's Chinese label, about each one the draft does not
/// state (not recorded, or zero); unmarked, the warning is gone.
/// </summary>
public sealed class RequiredIndicatorTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    private static readonly string[] UnknownKey = ["enforcement.no-such-figure"];

    private static readonly string[] CasesFiled = ["enforcement.cases-filed"];

    private static async Task<HttpResponseMessage> MarkAsync(HttpClient county, int year, params string[] keys)
    {
        var fields = new List<KeyValuePair<string, string>>
        {
            new("__RequestVerificationToken", await FazhiApp.AntiforgeryTokenAsync(county, $"/county/indicators?year={year}")),
            new("Year", year.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        };
        fields.AddRange(keys.Select(k => new KeyValuePair<string, string>("Keys", k)));
        return await county.PostAsync("/county/indicators/required", new FormUrlEncodedContent(fields));
    }

    private static async Task<List<string>> WarningsAsync(HttpClient clerk) =>
        [.. new HtmlParser().ParseDocument(await clerk.GetStringAsync("/workspace/reports/2022")).QuerySelectorAll("#required-warnings li").Select(li => li.TextContent)];

    [Fact]
    public async Task MarkedRequired_TheDraftWarnsWithTheLabel_OfEachOneItDoesNotState_AndUnmarkedItDoesNot()
    {
        var county = await app.ClientForAsync("county.reviewer");
        var taixia = await app.ClientForAsync("taixia.clerk");
        var xiaojiang = await app.ClientForAsync("xiaojiang.clerk");
        (await WarningsAsync(taixia)).ShouldBeEmpty();

        (await MarkAsync(county, 2022, "enforcement.cases-filed", "ledger.sanzi.satisfaction")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var page = new HtmlParser().ParseDocument(await county.GetStringAsync("/county/indicators?year=2022"));
        page.QuerySelectorAll("#required-indicators input[checked]").Select(i => i.GetAttribute("value")).ShouldBe(["enforcement.cases-filed", "ledger.sanzi.satisfaction"], ignoreOrder: true);
        // 太霞乡 filed no penalty case in 2022 (its draft leaves the count out) but states its 98% 三资 satisfaction.
        var taixiaWarnings = await WarningsAsync(taixia);
        taixiaWarnings.Count.ShouldBe(1);
        taixiaWarnings[0].ShouldContain("行政处罚案件立案数");
        // 小江镇 states its 14 cases but keeps no 三资 ledger.
        var xiaojiangWarnings = await WarningsAsync(xiaojiang);
        xiaojiangWarnings.Count.ShouldBe(1);
        xiaojiangWarnings[0].ShouldContain("村务、财务公开满意率");
        var draft = JsonDocument.Parse(await taixia.GetStringAsync("/api/workspace/reports/2022/draft")).RootElement;
        draft.GetProperty("requiredWarnings").EnumerateArray().Select(w => w.GetProperty("key").GetString()).ShouldBe(["enforcement.cases-filed"]);
        draft.GetProperty("requiredWarnings")[0].GetProperty("label").GetString()!.ShouldContain("行政处罚案件立案数");

        (await MarkAsync(county, 2022)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        (await WarningsAsync(taixia)).ShouldBeEmpty();
        (await WarningsAsync(xiaojiang)).ShouldBeEmpty();
        JsonDocument.Parse(await taixia.GetStringAsync("/api/workspace/reports/2022/draft")).RootElement.GetProperty("requiredWarnings").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task UnknownKey_IsRefused_AndATownshipMayNotMark()
    {
        var county = await app.ClientForAsync("county.reviewer");

        var unknown = await county.PostJsonAsync("/api/county/indicators/required", new { year = 2022, keys = UnknownKey });

        unknown.Status.ShouldBe(HttpStatusCode.Conflict);
        unknown.Json.GetProperty("detail").GetString().ShouldBe("指标代码“enforcement.no-such-figure”不在本县该年度的指标目录中。");
        var clerk = await app.ClientForAsync("taixia.clerk");
        (await clerk.PostJsonAsync("/api/county/indicators/required", new { year = 2022, keys = CasesFiled })).Status
            .ShouldBeOneOf(HttpStatusCode.Forbidden, HttpStatusCode.Unauthorized, HttpStatusCode.Found);
    }
}
