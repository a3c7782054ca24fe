using System.Net;
using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.IntegrationTests.Modules.Education;
using MiniExcelLibs;

namespace Fazhi.IntegrationTests.Modules.Ledgers;

/// <summary>
/// The Excel round trip of a configured ledger (issue 18 §1): the template is generated from the definition, filled
/// in and imported; a sheet with bad rows is refused as a whole with each row's reason in Chinese; the export of the
/// year reads back as what was imported.
/// </summary>
public sealed class LedgerExcelTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    private const string Api = "/api/workspace/ledgers";

    [Fact]
    public async Task Template_FilledIn_ImportsEveryRow_AndTheExportReadsBackTheSame()
    {
        var clerk = await app.ClientForAsync("xiaojiang.clerk");
        var id = (await clerk.PostJsonAsync(Api, LedgerStepsTests.Definition("grid-excel"))).Json.GetProperty("id").GetString();

        var template = await clerk.GetByteArrayAsync($"/workspace/ledgers/{id}?handler=Template");
        var header = MiniExcel.GetColumns(new MemoryStream(template), useHeaderRow: true).ToList();
        header.ShouldBe(["日期", "网格所在村", "参加网格员（人次）", "发现问题类型"]);

        var filled = EducationApi.Workbook(header,
            ["2025-03-01", "小江村", 5, "矛盾纠纷"],
            [new DateTime(2025, 4, 2), "石桥村", 6, ""],
            ["2025/5/3", "小江村", 4, "环境卫生"]);
        var imported = await clerk.PostFileAsync($"{Api}/{id}/import", "file", "网格巡查台账.xlsx", filled, EducationApi.Xlsx);

        imported.Status.ShouldBe(HttpStatusCode.OK, imported.Json.ToString());
        imported.Json.GetProperty("saved").GetInt32().ShouldBe(3);
        var exported = EducationApi.Rows(await clerk.GetByteArrayAsync($"/workspace/ledgers/{id}?Year=2025&handler=Export"));
        exported.Select(r => (r["日期"], r["网格所在村"], r["参加网格员（人次）"], r["发现问题类型"])).OrderBy(r => r.Item1).ToList()
            .ShouldBe([("2025-03-01", "小江村", "5", "矛盾纠纷"), ("2025-04-02", "石桥村", "6", ""), ("2025-05-03", "小江村", "4", "环境卫生")]);
    }

    [Fact]
    public async Task SheetWithBadRows_SavesNothing_AndNamesEachRowAndItsReason()
    {
        var clerk = await app.ClientForAsync("heshi.clerk");
        var id = (await clerk.PostJsonAsync(Api, LedgerStepsTests.Definition("grid-bad"))).Json.GetProperty("id").GetString();
        var sheet = EducationApi.Workbook(["日期", "网格所在村", "参加网格员（人次）", "发现问题类型"],
            ["2025-03-01", "河市村", 5, "矛盾纠纷"],
            ["2025-13-01", "桥头村", "五", "打架"],
            ["2027-01-01", "柳林村", 2, ""],
            ["2025-06-01", "", 3, ""]);

        var imported = await clerk.PostFileAsync($"{Api}/{id}/import", "file", "台账.xlsx", sheet, EducationApi.Xlsx);

        imported.Json.GetProperty("saved").GetInt32().ShouldBe(0);
        var errors = imported.Json.GetProperty("errors").EnumerateArray().ToDictionary(e => e.GetProperty("row").GetInt32(), e => e.GetProperty("reason").GetString()!);
        errors.Keys.ShouldBe([3, 4, 5]);
        errors[3].ShouldContain("日期不是有效日期");
        errors[3].ShouldContain("参加网格员应为不小于 0 的整数");
        errors[3].ShouldContain("发现问题类型应为：矛盾纠纷、安全隐患、环境卫生");
        errors[4].ShouldContain("晚于今天");
        errors[5].ShouldContain("请填写网格所在村");
        var page = await clerk.GetStringAsync($"/workspace/ledgers/{id}?Year=2025");
        page.ShouldContain("本年度没有记录");
    }
}
