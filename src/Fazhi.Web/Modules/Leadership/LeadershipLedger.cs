using System.Globalization;
using Fazhi.Modules.Leadership.Model;
using MiniExcelLibs;

namespace Fazhi.Modules.Leadership;

/// <summary>
/// The year's 第一责任人履职台账 as the 党政办 keeps it for the county's 督察 (督察工作规定 第二十四条): one workbook with a sheet
/// per record type — 会议, 述法, 向县委县政府报告, 工作要点任务 — columns named as on the page.
/// </summary>
internal static class LeadershipLedger
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static byte[] Export(LeadershipYear year)
    {
        ArgumentNullException.ThrowIfNull(year);
        var sheets = new Dictionary<string, object>
        {
            ["研究法治建设的会议"] = Rows(year.Meetings.Select(m => new Dictionary<string, object?>
            {
                ["会议日期"] = Day(m.HeldOn), ["会议类型"] = LeadershipLabels.Meeting(m.Kind), ["议题"] = m.Topic, ["主持人"] = m.Chair,
                ["参会人员"] = m.Attendees, ["议定事项"] = m.Decided, ["听取法治建设工作汇报"] = m.HeardWorkReport ? "是" : "否",
            }), ["会议日期", "会议类型", "议题", "主持人", "参会人员", "议定事项", "听取法治建设工作汇报"]),
            ["述法"] = Rows(year.Statements.Select(s => new Dictionary<string, object?>
            {
                ["述法年度"] = s.Year, ["述法人职务"] = LeadershipLabels.Role(s.Role), ["述法人"] = s.Speaker, ["述法日期"] = Day(s.DeliveredOn),
                ["述法场合"] = s.Occasion, ["评议结果"] = s.Evaluation is { } e ? LeadershipLabels.Evaluation(e) : "", ["评议单位"] = s.EvaluatedBy ?? "",
            }), ["述法年度", "述法人职务", "述法人", "述法日期", "述法场合", "评议结果", "评议单位"]),
            ["向县委县政府报告"] = Rows(year.Reports.Select(r => new Dictionary<string, object?>
            {
                ["报送日期"] = Day(r.ReportedOn), ["报告类型"] = LeadershipLabels.Report(r.Kind), ["报告标题"] = r.Title, ["报送单位"] = r.Recipient, ["文号"] = r.Reference,
            }), ["报送日期", "报告类型", "报告标题", "报送单位", "文号"]),
            ["工作要点任务"] = Rows((year.Plan?.Tasks ?? []).OrderBy(t => t.Order).Select(t => new Dictionary<string, object?>
            {
                ["序号"] = t.Order, ["任务"] = t.Title, ["责任单位"] = t.Owner, ["完成时限"] = Day(t.DueOn), ["完成日期"] = t.DoneOn is { } d ? Day(d) : "", ["完成情况"] = t.Result ?? "",
            }), ["序号", "任务", "责任单位", "完成时限", "完成日期", "完成情况"]),
        };
        using var stream = new MemoryStream();
        stream.SaveAs(sheets);
        return stream.ToArray();
    }

    /// <summary>An empty sheet still carries its header row, so a clerk sees the shape.</summary>
    private static List<Dictionary<string, object?>> Rows(IEnumerable<Dictionary<string, object?>> rows, IReadOnlyList<string> columns)
    {
        var list = rows.ToList();
        return list.Count > 0 ? list : [columns.ToDictionary(c => c, _ => (object?)null)];
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
