using System.Globalization;
using Fazhi.Modules.Disputes.Model;
using MiniExcelLibs;

namespace Fazhi.Modules.Disputes.Hotline;

/// <summary>
/// The county hotline's ticket sheet (Excel or CSV), in the columns its export gives: 工单编号, 派单时间, 诉求类型, 紧急程度,
/// 诉求人, 联系电话, 所属村（社区）, 诉求标题, 诉求内容, 诉求地址. The township's own ledger exports the same columns first,
/// so a sheet exported here imports again without adding anything.
/// </summary>
internal static class TicketSheet
{
    public static readonly string[] Columns = ["工单编号", "派单时间", "诉求类型", "紧急程度", "诉求人", "联系电话", "所属村（社区）", "诉求标题", "诉求内容", "诉求地址"];

    /// <summary>Most rows one sheet may carry: a month of a large township's tickets, far below what would strain a save.</summary>
    public const int MaxRows = 5000;

    internal sealed record Problem(int Row, string Reason);

    /// <summary>Reads every row; returns the tickets or the problems (row numbers as the sheet shows them, header = 1).</summary>
    public static (List<TicketInput> Tickets, List<Problem> Problems) Read(Stream source, bool csv)
    {
        ArgumentNullException.ThrowIfNull(source);
        List<IDictionary<string, object?>> rows;
        try
        {
            rows = [.. source.Query(useHeaderRow: true, excelType: csv ? ExcelType.CSV : ExcelType.XLSX).Cast<IDictionary<string, object?>>().Take(MaxRows + 1)];
        }
        catch (Exception e) when (e is InvalidDataException or InvalidOperationException or IOException or NotSupportedException or ArgumentException or System.Xml.XmlException or FormatException)
        {
            return ([], [new Problem(0, csv ? "文件不是有效的 CSV 表格（UTF-8 编码，首行为列名）。" : "文件不是有效的 Excel 工作簿（.xlsx）。")]);
        }

        if (rows.Count > MaxRows)
        {
            return ([], [new Problem(0, $"一次最多导入 {MaxRows} 条工单，请分批导入。")]);
        }

        var missing = Columns.Take(3).Concat(["诉求内容"]).Where(c => rows.Count > 0 && !rows[0].ContainsKey(c)).ToList();
        if (missing.Count > 0)
        {
            return ([], [new Problem(1, $"缺少列：{string.Join("、", missing)}。")]);
        }

        var tickets = new List<TicketInput>();
        var problems = new List<Problem>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var number = i + 2;
            var ticketNumber = Text(row, "工单编号");
            if (ticketNumber.Length == 0 && Text(row, "诉求内容").Length == 0)
            {
                continue;
            }

            var reasons = new List<string>();
            if (ticketNumber.Length is 0 or > 50)
            {
                reasons.Add("工单编号为空或超过50字符");
            }
            else if (!seen.Add(ticketNumber))
            {
                reasons.Add($"工单编号 {ticketNumber} 在表中重复");
            }

            if (!TryDay(row.TryGetValue("派单时间", out var at) ? at : null, out var dispatchedOn))
            {
                reasons.Add("派单时间无法识别（如 2026-11-20 09:30）");
            }

            if (!DisputeLabels.TryParseHotlineCategory(Text(row, "诉求类型"), out var category))
            {
                reasons.Add($"诉求类型“{Text(row, "诉求类型")}”无法识别（咨询、求助、投诉、建议）");
            }

            var content = Text(row, "诉求内容");
            if (content.Length == 0)
            {
                reasons.Add("诉求内容为空");
            }

            var phone = Text(row, "联系电话");
            if (phone.Length > 30)
            {
                reasons.Add("联系电话过长");
            }

            if (reasons.Count > 0)
            {
                problems.Add(new Problem(number, string.Join("；", reasons)));
                continue;
            }

            var title = Text(row, "诉求标题");
            var caller = Text(row, "诉求人");
            tickets.Add(new TicketInput(ticketNumber, category, Text(row, "紧急程度") is "紧急" or "特急", dispatchedOn,
                caller.Length == 0 ? "来电人" : Cut(caller, 100), phone.Length == 0 ? null : phone,
                Cut(title.Length > 0 ? title : content, 200), Cut(content, 4000), Text(row, "所属村（社区）"), Cut(Text(row, "诉求地址"), 200)));
        }

        return (tickets, problems);
    }

    private static string Text(IDictionary<string, object?> row, string column) =>
        row.TryGetValue(column, out var value) ? Convert.ToString(value, CultureInfo.InvariantCulture)?.Trim() ?? "" : "";

    private static string Cut(string text, int max) => text.Length <= max ? text : text[..max];

    private static bool TryDay(object? value, out DateOnly day)
    {
        switch (value)
        {
            case DateTime dt:
                day = DateOnly.FromDateTime(dt);
                return true;
            case DateTimeOffset dto:
                day = DateOnly.FromDateTime(dto.DateTime);
                return true;
            case double serial when serial > 20000 && serial < 80000:
                day = DateOnly.FromDateTime(DateTime.FromOADate(serial));
                return true;
        }

        var text = Convert.ToString(value, CultureInfo.InvariantCulture)?.Trim() ?? "";
        string[] formats = ["yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd", "yyyy/M/d H:mm:ss", "yyyy/M/d H:mm", "yyyy/M/d", "yyyy年M月d日 H:mm", "yyyy年M月d日"];
        if (DateTime.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            day = DateOnly.FromDateTime(parsed);
            return true;
        }

        day = default;
        return false;
    }
}
