using System.Net;
using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.IntegrationTests.Modules.Education;
using MiniExcelLibs;

namespace Fazhi.IntegrationTests.Modules.Leadership;

/// <summary>
/// The 第一责任人履职台账 imports from the Excel the page exports (issue 15 §5): bad rows are reported by sheet and row with
/// the rule's words, good rows are saved, importing the export again adds nothing, and an upload without the
/// antiforgery token is refused like every upload.
/// </summary>
public sealed class LeadershipImportTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    private const string Import = "/api/workspace/leadership/ledger/import";

    private static byte[] Workbook(Dictionary<string, object> sheets)
    {
        using var stream = new MemoryStream();
        stream.SaveAs(sheets);
        return stream.ToArray();
    }

    [Fact]
    public async Task LedgerWithBadRows_SavesTheGoodOnes_AndReportsEachBadRowBySheetAndRow()
    {
        var clerk = await app.ClientForAsync("xiaojiang.clerk");
        var sheet = Workbook(new Dictionary<string, object>
        {
            ["研究法治建设的会议"] = new[]
            {
                new Dictionary<string, object> { ["会议日期"] = "2025-03-10", ["会议类型"] = "党委会议", ["议题"] = "传达学习中央全面依法治国工作会议精神", ["主持人"] = "韦国强", ["参会人员"] = "党委班子成员", ["议定事项"] = "制定年度法治建设工作要点。", ["听取法治建设工作汇报"] = "是" },
                new Dictionary<string, object> { ["会议日期"] = "2027-01-05", ["会议类型"] = "党委会议", ["议题"] = "尚未召开的会议", ["主持人"] = "韦国强", ["参会人员"] = "党委班子成员", ["议定事项"] = "无。", ["听取法治建设工作汇报"] = "否" },
                new Dictionary<string, object> { ["会议日期"] = "2025-04-02", ["会议类型"] = "碰头会", ["议题"] = "类型不对的会议", ["主持人"] = "韦国强", ["参会人员"] = "党委班子成员", ["议定事项"] = "无。", ["听取法治建设工作汇报"] = "否" },
            },
            ["述法"] = new[]
            {
                new Dictionary<string, object> { ["述法年度"] = 2025, ["述法人职务"] = "乡镇长", ["述法人"] = "黄德胜", ["述法日期"] = "2026-01-20", ["述法场合"] = "县委全面依法治县委员会会议", ["评议结果"] = "好", ["评议单位"] = "县委依法治县办" },
                new Dictionary<string, object> { ["述法年度"] = 2019, ["述法人职务"] = "党委书记", ["述法人"] = "韦国强", ["述法日期"] = "2026-01-20", ["述法场合"] = "县委全面依法治县委员会会议", ["评议结果"] = "", ["评议单位"] = "" },
            },
        });

        var report = (await clerk.PostFileAsync(Import, "file", "第一责任人履职台账.xlsx", sheet, EducationApi.Xlsx)).Json;

        report.GetProperty("saved").GetInt32().ShouldBe(2);
        var errors = report.GetProperty("errors").EnumerateArray().Select(e => (Sheet: e.GetProperty("sheet").GetString(), Row: e.GetProperty("row").GetInt32(), Reason: e.GetProperty("reason").GetString()!)).ToList();
        errors.Count.ShouldBe(3);
        errors.ShouldContain(e => e.Sheet == "研究法治建设的会议" && e.Row == 3 && e.Reason.Contains("今天"));
        errors.ShouldContain(e => e.Sheet == "研究法治建设的会议" && e.Row == 4 && e.Reason.Contains("会议类型应为"));
        errors.ShouldContain(e => e.Sheet == "述法" && e.Row == 3);
        var year = await clerk.GetJsonAsync("/api/workspace/leadership/years/2025");
        year.GetProperty("meetings").EnumerateArray().ShouldContain(m => m.GetProperty("topic").GetString() == "传达学习中央全面依法治国工作会议精神");
        year.GetProperty("statements").EnumerateArray().ShouldContain(s => s.GetProperty("speaker").GetString() == "黄德胜");
    }

    [Fact]
    public async Task ExportedLedger_ImportedAgain_AddsNothing()
    {
        var clerk = await app.ClientForAsync("taixia.clerk");
        var exported = await clerk.GetByteArrayAsync("/workspace/leadership?Year=2022&handler=Export");
        MiniExcel.Query(new MemoryStream(exported), useHeaderRow: true, sheetName: "研究法治建设的会议").Count().ShouldBeGreaterThan(0);

        var report = (await clerk.PostFileAsync(Import, "file", "第一责任人履职台账.xlsx", exported, EducationApi.Xlsx)).Json;

        report.GetProperty("saved").GetInt32().ShouldBe(0);
        report.GetProperty("errors").GetArrayLength().ShouldBe(0);
        report.GetProperty("skipped").GetInt32().ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Upload_WithoutTheAntiforgeryToken_IsRefused()
    {
        var clerk = await app.ClientForAsync("xiaojiang.clerk");
        using var form = new MultipartFormDataContent { { new ByteArrayContent(Workbook(new Dictionary<string, object> { ["述法"] = Array.Empty<Dictionary<string, object>>() })), "file", "台账.xlsx" } };

        var response = await clerk.PostAsync(Import, form);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }
}
