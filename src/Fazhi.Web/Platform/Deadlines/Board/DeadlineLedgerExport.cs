using MiniExcel = MiniExcelLibs.MiniExcel;

namespace Fazhi.Platform.Deadlines.Board;

/// <summary>The deadline ledger (期限台账) as an Excel workbook, open and closed deadlines alike.</summary>
internal static class DeadlineLedgerExport
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static byte[] ToXlsx(IReadOnlyList<DeadlineRow> rows, bool withTownship)
    {
        var sheet = rows.Select(r =>
        {
            var line = new Dictionary<string, object?>();
            if (withTownship)
            {
                line["乡镇"] = r.TownshipName;
            }

            line["事项"] = r.SubjectTitle;
            line["期限规则"] = r.Title;
            line["承担主体"] = r.OwnerLabel;
            line["规则代码"] = r.RuleCode;
            line["法律依据"] = r.LegalBasis;
            line["起算事件"] = r.StartEvent;
            line["起算日"] = r.StartDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            line["期限"] = r.PeriodText;
            line["到期日"] = r.DueDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            line["状态"] = r.StateLabel;
            line["办结日"] = r.MetOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "";
            line["剩余/办结"] = r.DaysLeftText;
            line["延期次数"] = r.Extensions;
            line["日历未确认"] = r.CalendarUnconfirmed ? "是" : "否";
            return line;
        }).ToList();
        using var stream = new MemoryStream();
        MiniExcel.SaveAs(stream, sheet, sheetName: "期限台账");
        return stream.ToArray();
    }
}
