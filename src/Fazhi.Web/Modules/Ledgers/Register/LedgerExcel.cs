using System.Globalization;
using Fazhi.Modules.Ledgers.Model;
using MiniExcelLibs;

namespace Fazhi.Modules.Ledgers.Register;

/// <summary>
/// A ledger as clerks keep it in Excel: one sheet named after the ledger, 日期 then a column per field (with its unit),
/// the template the same header with no rows, so that what is exported can be filled in and imported back.
/// </summary>
internal static class LedgerExcel
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public const string DateColumn = "日期";

    public const string Sheet = "台账";

    public static byte[] Template(LedgerDefinition ledger)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        return Write([Header(ledger.Current.Schema.Fields)]);
    }

    public static byte[] Export(LedgerDefinition ledger, IReadOnlyList<LedgerEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(entries);
        var columns = LedgerQueries.Columns(ledger);
        if (entries.Count == 0)
        {
            return Write([Header(columns)]);
        }

        return Write([.. entries.Select(e =>
        {
            var row = new Dictionary<string, object?> { [DateColumn] = e.OccurredOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) };
            foreach (var f in columns)
            {
                row[f.Column] = e.Text(f.Key) is { } text ? (f.IsNumber ? decimal.Parse(text, CultureInfo.InvariantCulture) : text) : null;
            }

            return row;
        })]);
    }

    private static Dictionary<string, object?> Header(IEnumerable<LedgerField> fields)
    {
        var row = new Dictionary<string, object?> { [DateColumn] = null };
        foreach (var f in fields)
        {
            row[f.Column] = null;
        }

        return row;
    }

    private static byte[] Write(List<Dictionary<string, object?>> rows)
    {
        using var stream = new MemoryStream();
        stream.SaveAs(rows, sheetName: Sheet);
        return stream.ToArray();
    }
}
