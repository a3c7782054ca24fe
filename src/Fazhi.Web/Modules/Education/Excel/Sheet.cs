using System.Globalization;
using MiniExcelLibs;

namespace Fazhi.Modules.Education.Excel;

/// <summary>One row of a clerk's sheet, read by its header, with its row number for the error report.</summary>
internal sealed class SheetRow(int number, IDictionary<string, object?> cells)
{
    public int Number { get; } = number;

    public string Text(string column) =>
        cells.TryGetValue(column, out var value) && value is not null
            ? Convert.ToString(value, CultureInfo.InvariantCulture)?.Trim() ?? ""
            : "";

    public bool IsBlank => cells.Values.All(v => v is null || string.IsNullOrWhiteSpace(Convert.ToString(v, CultureInfo.InvariantCulture)));

    /// <summary>A date as clerks type it: an Excel date, 2022-03-05, 2022/3/5, 2022.3.5 or 2022年3月5日.</summary>
    public DateOnly? Date(string column)
    {
        if (cells.TryGetValue(column, out var value) && value is DateTime dt)
        {
            return DateOnly.FromDateTime(dt);
        }

        if (value is double serial && serial > 0 && serial < 2958466)
        {
            return DateOnly.FromDateTime(DateTime.FromOADate(serial));
        }

        var text = Text(column).Replace('年', '-').Replace('月', '-').Replace("日", "", StringComparison.Ordinal).Replace('/', '-').Replace('.', '-');
        return DateOnly.TryParseExact(text, ["yyyy-M-d", "yyyy-MM-dd", "yyyy-M-d H:mm:ss", "yyyy-MM-dd HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) ? DateOnly.FromDateTime(parsed) : null;
    }

    public decimal? Decimal(string column) =>
        decimal.TryParse(Text(column), NumberStyles.Number, CultureInfo.InvariantCulture, out var n) ? n : null;

    public int? Count(string column) =>
        decimal.TryParse(Text(column), NumberStyles.Number, CultureInfo.InvariantCulture, out var n) && n == decimal.Truncate(n) && n <= int.MaxValue && n >= int.MinValue ? (int)n : null;

    /// <summary>是/否 as clerks write it (是, 否, √, 空).</summary>
    public bool Yes(string column) => Text(column) is "是" or "√" or "Y" or "y" or "1" or "true" or "TRUE";
}

/// <summary>A row that could not be imported, and why, in the clerk's words.</summary>
internal sealed record RowError(int Row, string Who, string Reason);

/// <summary>What an import did: rows saved, rows refused (nothing of a refused row is saved).</summary>
internal sealed record ImportReport(int Saved, IReadOnlyList<RowError> Errors)
{
    public static ImportReport NotAWorkbook { get; } = new(0, [new RowError(0, "", "文件不是有效的 Excel 工作簿（.xlsx），请使用本页导出的表格填写后导入。")]);

    public string Summary => Errors.Count == 0
        ? $"已导入 {Saved} 行。"
        : $"已导入 {Saved} 行；{Errors.Count} 行未导入，原因见下表，请修改后重新导入（已导入的行不会重复）。";
}

/// <summary>Reads and writes the sheets clerks keep: first row is the header, one record per row.</summary>
internal static class Sheet
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>The rows under the header, or null when the file is not a workbook.</summary>
    public static List<SheetRow>? Read(Stream xlsx, IReadOnlyCollection<string> required, out string? missingColumns)
    {
        missingColumns = null;
        List<IDictionary<string, object?>> raw;
        try
        {
            raw = [.. xlsx.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>()];
        }
        catch (Exception e) when (e is InvalidDataException or InvalidOperationException or IOException or NotSupportedException or ArgumentException or System.Xml.XmlException or InvalidCastException)
        {
            return null;
        }

        var header = raw.Count > 0 ? raw[0].Keys.ToHashSet(StringComparer.Ordinal) : [];
        var missing = required.Where(c => !header.Contains(c)).ToList();
        if (raw.Count > 0 && missing.Count > 0)
        {
            missingColumns = string.Join("、", missing);
        }

        var rows = new List<SheetRow>(raw.Count);
        for (var i = 0; i < raw.Count; i++)
        {
            var row = new SheetRow(i + 2, raw[i]);
            if (!row.IsBlank)
            {
                rows.Add(row);
            }
        }

        return rows;
    }

    /// <summary>Reads the sheet and turns an unreadable file or missing columns into the import report's one error.</summary>
    public static List<SheetRow>? ReadOrReport(Stream xlsx, IReadOnlyCollection<string> columns, out ImportReport? failure)
    {
        var rows = Read(xlsx, columns, out var missing);
        failure = rows is null ? ImportReport.NotAWorkbook
            : missing is not null ? new ImportReport(0, [new RowError(1, "", $"表头缺少列：{missing}。请使用本页导出的表格格式。")])
            : null;
        return failure is null ? rows : null;
    }

    /// <summary>A workbook of one sheet with the columns in the given order.</summary>
    public static byte[] Write(IEnumerable<IReadOnlyDictionary<string, object?>> rows, IReadOnlyList<string> columns, string sheetName)
    {
        var table = rows.Select(r => columns.ToDictionary(c => c, c => r.TryGetValue(c, out var v) ? v : null)).ToList();
        if (table.Count == 0)
        {
            table.Add(columns.ToDictionary(c => c, _ => (object?)null));
        }

        using var stream = new MemoryStream();
        stream.SaveAs(table, sheetName: sheetName);
        return stream.ToArray();
    }

    public static string Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
}
