using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Html.Parser;
using Fazhi.IntegrationTests.Infrastructure;
using MiniExcelLibs;
using static Fazhi.IntegrationTests.Modules.Enforcement.EnforcementApi;

namespace Fazhi.IntegrationTests.Modules.Enforcement;

/// <summary>
/// A year's figures count what stood in that year (ADR 0017): officers join and leave on dates, power items are
/// taken over and withdrawn on dates. Registering an officer or a power in 2026 leaves 小江镇's 2022 figures as its
/// report states them (299 powers, 47 officers) and changes only 2026's. Read as the county reads them.
/// </summary>
public sealed class YearTrueFiguresTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    private const string Xiaojiang = "小江镇";

    [Fact]
    public async Task OfficerJoiningAndLeavingIn2026_Leaves2022AsTheReportStatesAndChanges2026()
    {
        var clerk = await app.ClientForAsync("xiaojiang.clerk");
        var before2026 = await FigureAsync(2026, "enforcement.officers");
        (await FigureAsync(2022, "enforcement.officers")).ShouldBe("47");

        var joined = (await clerk.SendAsync("/officers", new
        {
            name = "谢晓东",
            position = "综合行政执法办公室",
            employment = 1,
            certificateNumber = "441823222026",
            certificateIssuer = "阳山县人民政府",
            certificateValidFrom = "2026-03-01",
            certificateValidTo = "2031-02-28",
            joinedOn = "2026-03-01",
        })).ShouldSucceed();
        joined.GetProperty("joinedOn").GetString().ShouldBe("2026-03-01");

        (await FigureAsync(2022, "enforcement.officers")).ShouldBe("47");
        (await FigureAsync(2026, "enforcement.officers")).ShouldBe(Plus(before2026, 1));

        var leaving = (await clerk.ReadAsync("/officers")).EnumerateArray().First(o => o.GetProperty("name").GetString() != "谢晓东" && o.GetProperty("mayEnforce").GetBoolean());
        (await clerk.SendAsync($"/officers/{leaving.GetProperty("id").GetGuid()}/departure", new { leftOn = "2026-10-01", reason = "调县综合行政执法局" })).ShouldSucceed();
        (await clerk.SendAsync($"/officers/{leaving.GetProperty("id").GetGuid()}/departure", new { leftOn = "2026-10-02", reason = "重复登记" }))
            .ShouldBeRefusedBy("enforcement.officer.already-left");

        (await FigureAsync(2022, "enforcement.officers")).ShouldBe("47");
        (await FigureAsync(2026, "enforcement.officers")).ShouldBe(before2026);
        var after = (await clerk.ReadAsync("/officers")).EnumerateArray().Single(o => o.GetProperty("id").GetGuid() == leaving.GetProperty("id").GetGuid());
        after.GetProperty("mayEnforce").GetBoolean().ShouldBeFalse();
    }

    [Fact]
    public async Task PowerTakenOverAndPowerWithdrawnIn2026_Leave2022At299AndChange2026()
    {
        var clerk = await app.ClientForAsync("xiaojiang.clerk");
        (await FigureAsync(2022, "enforcement.power-items")).ShouldBe("299");
        (await FigureAsync(2026, "enforcement.power-items")).ShouldBe("299");

        (await ImportAsync(clerk, new Dictionary<string, object?>
        {
            ["事项编码"] = "XZCF-XJ-300", ["事项名称"] = "对在集镇建成区违规设置夜市摊点的行政处罚", ["职权类别"] = "行政处罚",
            ["设定依据"] = "《城市市容和环境卫生管理条例》第三十六条", ["处罚种类"] = "警告、罚款", ["罚款下限"] = "50", ["罚款上限"] = "500",
            ["实施主体"] = "阳山县小江镇人民政府", ["下放部门"] = "县城市管理局", ["承接日期"] = "2026-06-01",
        })).ShouldContain("\"added\":1");
        (await FigureAsync(2022, "enforcement.power-items")).ShouldBe("299");
        (await FigureAsync(2026, "enforcement.power-items")).ShouldBe("300");

        var withdrawn = await PowerAsync(clerk, "城市道路擅自搭建");
        (await ImportAsync(clerk, new Dictionary<string, object?>
        {
            ["事项编码"] = withdrawn.GetProperty("code").GetString(), ["事项名称"] = withdrawn.GetProperty("name").GetString(), ["职权类别"] = "行政处罚",
            ["设定依据"] = withdrawn.GetProperty("legalBasis").GetString(), ["处罚种类"] = withdrawn.GetProperty("penaltyKinds").GetString(),
            ["实施主体"] = "阳山县小江镇人民政府", ["下放部门"] = "县自然资源局", ["取消日期"] = "2026-09-01",
        })).ShouldContain("\"updated\":1");

        (await FigureAsync(2022, "enforcement.power-items")).ShouldBe("299");
        (await FigureAsync(2026, "enforcement.power-items")).ShouldBe("299");
        // 行政处罚法 第二十四条: a withdrawn power is no longer the township's, neither for a new case nor on the portal.
        var officers = await CertifiedOfficersAsync(clerk);
        (await clerk.SendAsync("/cases", NewCase(withdrawn.GetProperty("id").GetGuid(), officers.Take(2), new DateOnly(2026, 11, 2))))
            .ShouldBeRefusedBy("enforcement.power.not-in-force").ShouldContain("第二十四条");
        var portal = await app.Anonymous().GetStringAsync($"/t/990100101000/enforcement/powers?q={Uri.EscapeDataString(withdrawn.GetProperty("name").GetString()!)}");
        new HtmlParser().ParseDocument(portal).QuerySelectorAll("tbody tr").ShouldNotContain(tr => tr.TextContent.Contains(withdrawn.GetProperty("code").GetString()!, StringComparison.Ordinal));
    }

    private static string Plus(string figure, int n) => (int.Parse(figure, System.Globalization.CultureInfo.InvariantCulture) + n).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>小江镇's figure of a year as the county's side-by-side table shows it.</summary>
    private async Task<string> FigureAsync(int year, string key)
    {
        var county = await app.ClientForAsync("county.reviewer");
        var page = new HtmlParser().ParseDocument(await county.GetStringAsync($"/county/reports?year={year}"));
        var headers = page.QuerySelectorAll("#report-figures thead th").Select(h => h.TextContent.Trim()).ToList();
        var column = headers.IndexOf(Xiaojiang);
        column.ShouldBeGreaterThan(0);
        return page.QuerySelector($"#report-figures tr[data-key='{key}']")!.Children[column].TextContent.Trim();
    }

    private static async Task<string> ImportAsync(HttpClient clerk, Dictionary<string, object?> row)
    {
        using var xlsx = new MemoryStream();
        await xlsx.SaveAsAsync(new[] { row });
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(xlsx.ToArray());
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        form.Add(file, "file", "下放目录.xlsx");
        // A form post carries its antiforgery token (ADR 0019), as the import page's form does.
        form.Add(new StringContent(await FazhiApp.AntiforgeryTokenAsync(clerk, "/workspace")), "__RequestVerificationToken");
        var response = await clerk.PostAsync(Base + "/powers/import", form);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return (await response.Content.ReadAsStringAsync()).Replace(" ", "", StringComparison.Ordinal);
    }
}
