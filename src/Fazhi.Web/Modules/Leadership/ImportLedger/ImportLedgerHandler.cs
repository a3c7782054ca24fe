using System.Globalization;
using Fazhi.Modules.Leadership.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.ErrorHandling;
using Fazhi.Platform.Procedures;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace Fazhi.Modules.Leadership.ImportLedger;

/// <summary>A row the import refused: the sheet, its row number in Excel and why, in the rule's words.</summary>
internal sealed record LedgerRowError(string Sheet, int Row, string Reason);

/// <summary>What an import saved and what it refused, row by row.</summary>
internal sealed record LedgerImportReport(int Saved, int Skipped, IReadOnlyList<LedgerRowError> Errors);

/// <summary>
/// 导入第一责任人履职台账: the workbook the ledger exports (sheets 研究法治建设的会议, 述法, 向县委县政府报告), filled in
/// by the 党政办 as they keep it today. Each row goes through the same record factories and rules as the forms (a date in
/// the future, a 述法 outside its year are refused with the rule's words); a row already recorded is skipped, so importing
/// the export again adds nothing. The work plan's tasks are kept on the page: they open deadlines one by one.
/// </summary>
internal sealed class ImportLedgerHandler(FazhiDbContext db, TimeProvider clock)
{
    public const string MeetingsSheet = "研究法治建设的会议";
    public const string StatementsSheet = "述法";
    public const string ReportsSheet = "向县委县政府报告";

    public async Task<LedgerImportReport> HandleAsync(Actor actor, Stream xlsx, CancellationToken ct)
    {
        WhoMayRule.Of<LeadershipRecordsKeptByClerkOrLeader>().Check(actor);
        var townshipId = actor.TownshipId!.Value;
        Dictionary<string, List<IDictionary<string, object?>>> sheets;
        try
        {
            var names = MiniExcel.GetSheetNames(xlsx);
            sheets = names.Where(n => n is MeetingsSheet or StatementsSheet or ReportsSheet).ToDictionary(n => n, n =>
            {
                xlsx.Position = 0;
                return MiniExcel.Query(xlsx, useHeaderRow: true, sheetName: n).Cast<IDictionary<string, object?>>().ToList();
            });
        }
        catch (Exception e) when (e is InvalidDataException or IOException or InvalidOperationException or FormatException or System.Xml.XmlException or ArgumentException)
        {
            return new LedgerImportReport(0, 0, [new LedgerRowError("", 0, "文件不是有效的 Excel 工作簿（.xlsx），请使用本页导出的台账填写后导入。")]);
        }

        if (sheets.Count == 0)
        {
            return new LedgerImportReport(0, 0, [new LedgerRowError("", 0, $"工作簿中没有“{MeetingsSheet}”“{StatementsSheet}”或“{ReportsSheet}”工作表，请使用本页导出的台账填写后导入。")]);
        }

        var today = Platform.Time.ChinaTime.Today(clock);
        var meetings = (await db.Set<RuleOfLawMeeting>().AsNoTracking().Where(m => m.TownshipId == townshipId).Select(m => new { m.HeldOn, m.Kind, m.Topic }).ToListAsync(ct))
            .Select(m => (m.HeldOn, m.Kind, m.Topic)).ToHashSet();
        var statements = (await db.Set<DutyStatement>().AsNoTracking().Where(s => s.TownshipId == townshipId).Select(s => new { s.Year, s.Role, s.Speaker }).ToListAsync(ct))
            .Select(s => (s.Year, s.Role, s.Speaker)).ToHashSet();
        var reports = (await db.Set<CountyReport>().AsNoTracking().Where(r => r.TownshipId == townshipId).Select(r => new { r.ReportedOn, r.Title }).ToListAsync(ct))
            .Select(r => (r.ReportedOn, r.Title)).ToHashSet();
        var errors = new List<LedgerRowError>();
        var saved = 0;
        var skipped = 0;

        void Each(string sheet, Func<Row, string?> import)
        {
            if (!sheets.TryGetValue(sheet, out var rows))
            {
                return;
            }

            for (var i = 0; i < rows.Count; i++)
            {
                var row = new Row(rows[i]);
                if (row.IsBlank)
                {
                    continue;
                }

                try
                {
                    switch (import(row))
                    {
                        case null: saved++; break;
                        case "": skipped++; break;
                        case { } problem: errors.Add(new LedgerRowError(sheet, i + 2, problem)); break;
                    }
                }
                catch (BusinessRuleException refused)
                {
                    errors.Add(new LedgerRowError(sheet, i + 2, refused.Message));
                }
            }
        }

        Each(MeetingsSheet, row =>
        {
            var on = row.Date("会议日期");
            var kind = Enum.GetValues<MeetingKind>().Cast<MeetingKind?>().FirstOrDefault(k => LeadershipLabels.Meeting(k!.Value) == row.Text("会议类型"));
            var problem = on is null ? "会议日期不是有效日期"
                : kind is null ? $"会议类型应为：{string.Join("、", Enum.GetValues<MeetingKind>().Select(LeadershipLabels.Meeting))}"
                : row.Text("议题").Length == 0 ? "缺少议题"
                : row.Text("主持人").Length == 0 ? "缺少主持人"
                : row.Text("参会人员").Length == 0 ? "缺少参会人员"
                : row.Text("议定事项").Length == 0 ? "缺少议定事项"
                : null;
            if (problem is not null)
            {
                return problem;
            }

            if (!meetings.Add((on!.Value, kind!.Value, row.Text("议题"))))
            {
                return "";
            }

            db.Add(RuleOfLawMeeting.Record(townshipId, kind.Value, on.Value, row.Text("议题"), row.Text("主持人"), row.Text("参会人员"), row.Text("议定事项"),
                row.Text("听取法治建设工作汇报") == "是", actor.Name, today));
            return null;
        });

        Each(StatementsSheet, row =>
        {
            var year = int.TryParse(row.Text("述法年度"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var y) ? y : (int?)null;
            var role = Enum.GetValues<LeaderRole>().Cast<LeaderRole?>().FirstOrDefault(r => LeadershipLabels.Role(r!.Value) == row.Text("述法人职务"));
            var on = row.Date("述法日期");
            var evaluationText = row.Text("评议结果");
            var evaluation = Enum.GetValues<DutyEvaluation>().Cast<DutyEvaluation?>().FirstOrDefault(e => LeadershipLabels.Evaluation(e!.Value) == evaluationText);
            var problem = year is null or < 2000 or > 2100 ? "述法年度不是有效年份"
                : role is null ? $"述法人职务应为：{string.Join("、", Enum.GetValues<LeaderRole>().Select(LeadershipLabels.Role))}"
                : row.Text("述法人").Length == 0 ? "缺少述法人"
                : on is null ? "述法日期不是有效日期"
                : evaluationText.Length > 0 && evaluation is null ? $"评议结果应为：{string.Join("、", Enum.GetValues<DutyEvaluation>().Select(LeadershipLabels.Evaluation))}"
                : null;
            if (problem is not null)
            {
                return problem;
            }

            if (!statements.Add((year!.Value, role!.Value, row.Text("述法人"))))
            {
                return "";
            }

            db.Add(DutyStatement.Record(townshipId, year.Value, role.Value, row.Text("述法人"), on!.Value, row.Text("述法场合"), row.Text("述法内容"), evaluation,
                row.Text("评议单位"), today));
            return null;
        });

        Each(ReportsSheet, row =>
        {
            var on = row.Date("报送日期");
            var kind = Enum.GetValues<CountyReportKind>().Cast<CountyReportKind?>().FirstOrDefault(k => LeadershipLabels.Report(k!.Value) == row.Text("报告类型"));
            var problem = on is null ? "报送日期不是有效日期"
                : kind is null ? $"报告类型应为：{string.Join("、", Enum.GetValues<CountyReportKind>().Select(LeadershipLabels.Report))}"
                : row.Text("报告标题").Length == 0 ? "缺少报告标题"
                : row.Text("报送单位").Length == 0 ? "缺少报送单位"
                : null;
            if (problem is not null)
            {
                return problem;
            }

            if (!reports.Add((on!.Value, row.Text("报告标题"))))
            {
                return "";
            }

            db.Add(CountyReport.Record(townshipId, kind!.Value, on.Value, row.Text("报告标题"), row.Text("报送单位"), row.Text("文号"), today));
            return null;
        });

        await db.SaveChangesAsync(ct);
        return new LedgerImportReport(saved, skipped, errors);
    }

    /// <summary>A sheet row: text trimmed, dates as Excel writes them (a date cell) or as the export writes them (yyyy-MM-dd).</summary>
    private sealed class Row(IDictionary<string, object?> cells)
    {
        public bool IsBlank => cells.Values.All(v => v is null || string.IsNullOrWhiteSpace(Convert.ToString(v, CultureInfo.InvariantCulture)));

        public string Text(string column) =>
            cells.TryGetValue(column, out var v) && v is not null ? (Convert.ToString(v, CultureInfo.InvariantCulture) ?? "").Trim() : "";

        public DateOnly? Date(string column) =>
            cells.TryGetValue(column, out var v) ? v switch
            {
                DateTime d => DateOnly.FromDateTime(d),
                double serial when serial is > 0 and < 2958466 => DateOnly.FromDateTime(DateTime.FromOADate(serial)),
                _ => DateOnly.TryParseExact(Text(column), ["yyyy-MM-dd", "yyyy/M/d", "yyyy-M-d", "yyyy.M.d", "yyyy年M月d日"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null,
            } : null;
    }
}
