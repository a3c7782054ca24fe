using System.Net;
using Fazhi.IntegrationTests.Infrastructure;

namespace Fazhi.IntegrationTests.Modules.Education;

/// <summary>
/// Every ledger imports from and exports to Excel in the same shape (issue 15 §5): what a clerk imports comes back out
/// unchanged, and importing the export again adds nothing twice.
/// </summary>
public sealed class ExcelRoundTripTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    [Fact]
    public async Task ActivityLedger_ImportedThenExported_GivesTheSameRows_AndReimportAddsNothing()
    {
        var clerk = await app.ClientForAsync("taixia.clerk");
        string[] header = ["活动日期", "活动主题", "活动名称", "地点类型", "村（社区）", "学校", "具体地点", "活动形式", "受教育人次", "宣传资料（份）", "法律书籍（册）", "横幅（条）", "标语（张）", "组织单位"];
        var sheet = EducationApi.Workbook(header,
            ["2025-05-18", "民法典宣传月", "民法典进村入户", "村（社区）", "石门村", "", "石门村村委会", "入户宣传", 126, 300, 20, 1, 12, "司法所"],
            ["2025-06-26", "国际禁毒日", "禁毒宣传赶集日", "集市", "", "", "太霞场镇", "摆摊设点、法律咨询", 240, 800, 0, 2, 0, "派出所"],
            ["2025-12-04", "国家宪法日", "宪法进校园", "学校", "", "太霞乡中心小学", "", "法治课", 180, 0, 0, 0, 0, "司法所"],
            ["2025-12-05", "", "没有主题的活动", "集市", "", "", "太霞场镇", "发放宣传资料", 10, 10, 0, 0, 0, "司法所"],
            ["2025-12-06", "日常普法（法律进乡村、以案释法）", "没有地点的活动", "村（社区）", "", "", "", "法治宣讲", 10, 0, 0, 0, 0, "司法所"]);

        var report = (await clerk.PostFileAsync($"{EducationApi.Base}/activities/import", "file", "普法活动台账.xlsx", sheet, EducationApi.Xlsx)).Json;
        report.GetProperty("saved").GetInt32().ShouldBe(3);
        var errors = report.GetProperty("errors").EnumerateArray().ToDictionary(e => e.GetProperty("row").GetInt32(), e => e.GetProperty("reason").GetString()!);
        errors[5].ShouldContain("请选择活动主题");
        errors[6].ShouldContain("村（社区）");

        var exported = await clerk.GetByteArrayAsync($"{EducationApi.Base}/activities.xlsx?year=2025");
        var rows = EducationApi.Rows(exported);
        var imported = EducationApi.Rows(sheet).Take(3).ToList();
        rows.Count.ShouldBe(3);
        for (var i = 0; i < 3; i++)
        {
            foreach (var column in header)
            {
                rows[i][column].ShouldBe(imported[i][column], $"第 {i + 2} 行“{column}”");
            }
        }

        var again = (await clerk.PostFileAsync($"{EducationApi.Base}/activities/import", "file", "普法活动台账.xlsx", exported, EducationApi.Xlsx)).Json;
        again.GetProperty("saved").GetInt32().ShouldBe(0);
        EducationApi.Rows(await clerk.GetByteArrayAsync($"{EducationApi.Base}/activities.xlsx?year=2025")).Count.ShouldBe(3);
    }

    [Fact]
    public async Task StudyLedger_ExportedFromOneTownship_ImportsInTheSameShape_AndRefusesNamesNotOnTheRegister()
    {
        var clerk = await app.ClientForAsync("taixia.clerk");
        var exported = await clerk.GetByteArrayAsync($"{EducationApi.Base}/study-sessions.xlsx?year=2022");
        var rows = EducationApi.Rows(exported);
        rows.Count.ShouldBe(6, "太霞乡2022年理论中心组集中学法6次");
        var first = rows[0];
        string[] header = ["学习日期", "学法形式", "学习主题", "主讲人", "学习内容", "学时", "应到人数", "实到人数", "参加人员", "缺席人员及原因"];
        var sheet = EducationApi.Workbook(header,
            ["2025-03-12", first["学法形式"], "学习《中华人民共和国行政复议法》", first["主讲人"], "第一章", "2", "", "", first["参加人员"], first["缺席人员及原因"]],
            ["2025-04-12", first["学法形式"], "学习《中华人民共和国监察法》", first["主讲人"], "", "2", "", "", first["参加人员"] + "、查无此人", ""]);

        var report = (await clerk.PostFileAsync($"{EducationApi.Base}/study-sessions/import", "file", "学法记录台账.xlsx", sheet, EducationApi.Xlsx)).Json;

        report.GetProperty("saved").GetInt32().ShouldBe(1);
        report.GetProperty("errors")[0].GetProperty("reason").GetString()!.ShouldContain("“查无此人”不在本乡镇");
        var back = EducationApi.Rows(await clerk.GetByteArrayAsync($"{EducationApi.Base}/study-sessions.xlsx?year=2025")).Single();
        back["参加人员"].ShouldBe(first["参加人员"]);
        back["缺席人员及原因"].ShouldBe(first["缺席人员及原因"]);
        back["学习主题"].ShouldBe("学习《中华人民共和国行政复议法》");
    }

    [Fact]
    public async Task StaffRegister_ExportedAndImportedAgain_UpdatesInsteadOfDuplicating()
    {
        var clerk = await app.ClientForAsync("heshi.clerk");
        var before = await clerk.GetByteArrayAsync($"{EducationApi.Base}/staff.xlsx");

        var report = (await clerk.PostFileAsync($"{EducationApi.Base}/staff/import", "file", "名册.xlsx", before, EducationApi.Xlsx)).Json;

        report.GetProperty("errors").GetArrayLength().ShouldBe(0);
        var after = await clerk.GetByteArrayAsync($"{EducationApi.Base}/staff.xlsx");
        EducationApi.Rows(after).ShouldBe(EducationApi.Rows(before));
    }

    [Fact]
    public async Task LedgerPages_OfferExportInTheSameShape()
    {
        var clerk = await app.ClientForAsync("xiaojiang.clerk");

        var response = await clerk.GetAsync("/workspace/education/trainings?Year=2022&handler=Export");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe(EducationApi.Xlsx);
    }
}
