using System.Globalization;
using System.Net;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.IntegrationTests.Modules.Education;
using MiniExcelLibs;

namespace Fazhi.IntegrationTests.Modules.County;

/// <summary>
/// 法治建设考核 (issue 18 §5) through HTTP: the county defines a 2022 sheet over catalogue indicators and sees each
/// township's score computed from its records — 小江镇's 14 penalty cases filed (its seed), 太霞乡's 98% 三资 satisfaction
/// (its configured ledger) — with targets, caps and lower-is-better lines; a bad sheet is refused with the message
/// beside the field; the Excel export holds the same rows; a township sees only its own score and may not define.
/// </summary>
public sealed class AssessmentSheetTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    private const string Api = "/api/county/assessment";

    private static object Line(string key, decimal max, int rule, decimal target, decimal? deduction = null) =>
        new { indicatorKey = key, item = "", maxPoints = max, rule, target, deduction };

    // Rules: 1 按目标值比例计分, 2 达标得分, 3 超出扣分（越少越好）.
    private static object Sheet(int year = 2022) => new
    {
        year,
        title = "2022年度乡镇法治政府建设考核（试行）",
        lines = new[]
        {
            Line("enforcement.cases-filed", 20, 1, 10),        // 14 ≥ 10: capped at 20; 0 → 0
            Line("enforcement.cases-filed", 20, 1, 20),        // 14/20 × 20 = 14
            Line("enforcement.cases-filed", 10, 3, 10, 1.5m),  // 10 − 1.5 × (14 − 10) = 4; 0 → 10
            Line("ledger.sanzi.satisfaction", 10, 2, 95),      // 98 ≥ 95 → 10; no such ledger → 0
            Line("ledger.sanzi.satisfaction", 10, 1, 100),     // 98/100 × 10 = 9.8
            Line("enforcement.cases-filed", 10, 3, 0, 1),      // 14 over a limit of 0: 10 − 14 → never below 0
        },
    };

    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string path, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = await FazhiApp.AntiforgeryTokenAsync(client, path);
        return await client.PostAsync(path, new FormUrlEncodedContent(fields));
    }

    private static string ErrorBeside(IDocument page, string field) =>
        page.QuerySelector($"span.field-error[data-valmsg-for='{field}']")?.TextContent.Trim() ?? "";

    private static IReadOnlyList<string> Points(IElement row) => [.. row.QuerySelectorAll("td[data-points]").Select(c => c.GetAttribute("data-points")!)];

    [Fact]
    public async Task CountyDefinesASheet_AndSeesEachTownshipsScore_FromItsRecords_WithCapsAndLowerIsBetter()
    {
        var county = await app.ClientForAsync("county.reviewer");

        var defined = await county.PostJsonAsync(Api, Sheet());

        defined.Status.ShouldBe(HttpStatusCode.OK, defined.Json.ToString());
        defined.Json.GetProperty("maxTotal").GetDecimal().ShouldBe(80m);
        var page = new HtmlParser().ParseDocument(await county.GetStringAsync("/county/assessment?year=2022"));
        var xiaojiang = page.QuerySelector("#assessment-scores tr[data-township='小江镇']")!;
        Points(xiaojiang).ShouldBe(["20", "14", "4", "0", "0", "0"]);
        xiaojiang.QuerySelector("td.total")!.TextContent.ShouldBe("38");
        xiaojiang.QuerySelector("td[data-key='enforcement.cases-filed'] .figure")!.TextContent.ShouldBe("14宗");
        xiaojiang.QuerySelector("td[data-key='ledger.sanzi.satisfaction'] .figure")!.TextContent.ShouldBe("未记录");
        var taixia = page.QuerySelector("#assessment-scores tr[data-township='太霞乡']")!;
        Points(taixia).ShouldBe(["0", "0", "10", "10", "9.8", "10"]);
        taixia.QuerySelector("td.total")!.TextContent.ShouldBe("39.8");
        taixia.QuerySelector("td[data-key='ledger.sanzi.satisfaction'] .figure")!.TextContent.ShouldBe("98%");
        page.QuerySelector("#sheet-lines tbody tr")!.TextContent.ShouldContain("达到10宗得满分20分，不足按比例计分");

        // Sorted by total: 太霞乡 (39.8) ranks above 小江镇 (38); the API gives the same numbers.
        var sorted = new HtmlParser().ParseDocument(await county.GetStringAsync("/county/assessment?year=2022&sort=total"));
        var totals = sorted.QuerySelectorAll("#assessment-scores tbody tr").Select(r => decimal.Parse(r.QuerySelector("td.total")!.TextContent, CultureInfo.InvariantCulture)).ToList();
        totals.ShouldBe([.. totals.OrderByDescending(t => t)]);
        var api = JsonDocument.Parse(await county.GetStringAsync($"{Api}?year=2022&sort=total")).RootElement;
        var apiTaixia = api.GetProperty("townships").EnumerateArray().Single(t => t.GetProperty("township").GetString() == "太霞乡");
        apiTaixia.GetProperty("total").GetDecimal().ShouldBe(39.8m);
        apiTaixia.GetProperty("rank").GetInt32().ShouldBe(int.Parse(sorted.QuerySelector("#assessment-scores tr[data-township='太霞乡'] td.rank")!.TextContent, CultureInfo.InvariantCulture));
        api.GetProperty("townships").EnumerateArray().Single(t => t.GetProperty("township").GetString() == "小江镇")
            .GetProperty("lines")[2].GetProperty("points").GetDecimal().ShouldBe(4m);
    }

    [Fact]
    public async Task ExcelExport_HoldsEveryTownshipsFiguresPointsAndTotal_InRankOrder()
    {
        var county = await app.ClientForAsync("county.reviewer");
        (await county.PostJsonAsync(Api, Sheet())).Status.ShouldBe(HttpStatusCode.OK);

        var response = await county.GetAsync("/county/assessment?handler=Excel&year=2022");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var rows = MiniExcel.Query(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), useHeaderRow: true)
            .Cast<IDictionary<string, object>>().ToList();
        rows.Count.ShouldBe(5);
        rows.Select(r => Convert.ToDecimal(r["总分"], CultureInfo.InvariantCulture)).ShouldBe(rows.Select(r => Convert.ToDecimal(r["总分"], CultureInfo.InvariantCulture)).OrderByDescending(t => t));
        var xiaojiang = rows.Single(r => (string)r["乡镇"] == "小江镇");
        Convert.ToDecimal(xiaojiang["总分"], CultureInfo.InvariantCulture).ShouldBe(38m);
        Convert.ToDecimal(xiaojiang["1.行政处罚案件立案数（数值）"], CultureInfo.InvariantCulture).ShouldBe(14m);
        Convert.ToDecimal(xiaojiang["3.行政处罚案件立案数（得分/10）"], CultureInfo.InvariantCulture).ShouldBe(4m);
        Convert.ToDecimal(rows.Single(r => (string)r["乡镇"] == "太霞乡")["总分"], CultureInfo.InvariantCulture).ShouldBe(39.8m);
    }

    [Fact]
    public async Task InvalidSheet_IsRefused_WithTheMessageBesideTheField()
    {
        var county = await app.ClientForAsync("county.reviewer");

        var unknown = await county.PostJsonAsync(Api, new { year = 2022, title = "考核表", lines = new[] { Line("enforcement.no-such-figure", 10, 1, 1) } });
        unknown.Status.ShouldBe(HttpStatusCode.Conflict);
        unknown.Json.GetProperty("code").GetString().ShouldBe("county.assessment.unknown-indicator");
        unknown.Json.GetProperty("detail").GetString().ShouldBe("第1项的指标代码“enforcement.no-such-figure”不在本县该年度的指标目录中，请从“指标目录”中选择。");
        var negative = await county.PostJsonAsync(Api, new { year = 2022, title = "考核表", lines = new[] { Line("enforcement.cases-filed", -5, 1, 1) } });
        negative.Status.ShouldBe(HttpStatusCode.Conflict);
        negative.Json.GetProperty("detail").GetString().ShouldBe("第1项的分值须大于0且不超过100分。");
        var noDeduction = await county.PostJsonAsync(Api, new { year = 2022, title = "考核表", lines = new[] { Line("enforcement.complaints", 10, 3, 0) } });
        noDeduction.Json.GetProperty("code").GetString().ShouldBe("county.assessment.deduction");
        var overHundred = await county.PostJsonAsync(Api, new { year = 2022, title = "考核表", lines = new[] { Line("enforcement.cases-filed", 60, 1, 1), Line("documents.issued", 50, 1, 1) } });
        overHundred.Json.GetProperty("detail").GetString().ShouldBe("各项分值合计110分，超过100分（考核实行百分制）。");

        // The page keeps what was typed and puts the message beside the second row's key.
        var response = await PostFormAsync(county, "/county/assessment/define", new()
        {
            ["Year"] = "2022", ["Title"] = "2022年度考核",
            ["Lines[0].IndicatorKey"] = "enforcement.cases-filed", ["Lines[0].MaxPoints"] = "10", ["Lines[0].Rule"] = "Proportional", ["Lines[0].Target"] = "10",
            ["Lines[1].IndicatorKey"] = "nosuch", ["Lines[1].MaxPoints"] = "10", ["Lines[1].Rule"] = "Proportional", ["Lines[1].Target"] = "10",
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        ErrorBeside(page, "Lines[1].IndicatorKey").ShouldBe("第2项的指标代码“nosuch”不在本县该年度的指标目录中，请从“指标目录”中选择。");
        page.QuerySelector("input[name='Lines[1].IndicatorKey']")!.GetAttribute("value").ShouldBe("nosuch");
        var negativePage = await PostFormAsync(county, "/county/assessment/define", new()
        {
            ["Year"] = "2022", ["Title"] = "2022年度考核",
            ["Lines[0].IndicatorKey"] = "enforcement.cases-filed", ["Lines[0].MaxPoints"] = "-3", ["Lines[0].Rule"] = "Threshold", ["Lines[0].Target"] = "10",
        });
        ErrorBeside(new HtmlParser().ParseDocument(await negativePage.Content.ReadAsStringAsync()), "Lines[0].MaxPoints").ShouldBe("第1项的分值须大于0且不超过100分。");
        var blankTitle = await PostFormAsync(county, "/county/assessment/define", new()
        {
            ["Year"] = "2022", ["Title"] = "",
            ["Lines[0].IndicatorKey"] = "enforcement.cases-filed", ["Lines[0].MaxPoints"] = "10", ["Lines[0].Rule"] = "Threshold", ["Lines[0].Target"] = "10",
        });
        blankTitle.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var blankPage = new HtmlParser().ParseDocument(await blankTitle.Content.ReadAsStringAsync());
        ErrorBeside(blankPage, "Title").ShouldBe("请填写考核表名称。");
        blankPage.QuerySelector("input[name='Lines[0].IndicatorKey']")!.GetAttribute("value").ShouldBe("enforcement.cases-filed");
    }

    [Fact]
    public async Task Township_SeesItsOwnScoreOnly_AndMayNotDefineASheet()
    {
        var county = await app.ClientForAsync("county.reviewer");
        (await county.PostJsonAsync(Api, Sheet())).Status.ShouldBe(HttpStatusCode.OK);
        var clerk = await app.ClientForAsync("xiaojiang.clerk");

        var page = new HtmlParser().ParseDocument(await clerk.GetStringAsync("/workspace/assessment?year=2022"));

        page.QuerySelector("#own-total")!.TextContent.ShouldBe("38");
        page.QuerySelectorAll("#own-score tbody tr").Select(r => r.QuerySelector("td.points")!.TextContent).ShouldBe(["20", "14", "4", "0", "0", "0"]);
        page.Body!.TextContent.ShouldNotContain("太霞乡");
        var own = JsonDocument.Parse(await clerk.GetStringAsync("/api/workspace/assessment?year=2022")).RootElement;
        own.GetProperty("score").GetProperty("township").GetString().ShouldBe("小江镇");
        own.GetProperty("score").GetProperty("total").GetDecimal().ShouldBe(38m);
        // The county's comparison and the definition step are the county's (ADR 0002, the step's WhoMayRule).
        (await clerk.GetAsync($"{Api}?year=2022")).StatusCode.ShouldBeOneOf(HttpStatusCode.Forbidden, HttpStatusCode.Unauthorized, HttpStatusCode.Found);
        (await clerk.PostJsonAsync(Api, Sheet())).Status.ShouldBeOneOf(HttpStatusCode.Forbidden, HttpStatusCode.Unauthorized, HttpStatusCode.Found);
    }
}
