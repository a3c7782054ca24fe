using System.Globalization;
using Fazhi.Modules.Ledgers.Contracts;
using Fazhi.Modules.Ledgers.Model;
using Fazhi.Modules.Ledgers.Register;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.ErrorHandling;
using Fazhi.Platform.Procedures;
using MiniExcelLibs;

namespace Fazhi.Modules.Ledgers.ImportEntries;

/// <summary>A row the import refused: its row number in Excel and why.</summary>
internal sealed record EntryRowError(int Row, string Reason);

/// <summary>What an import saved and, row by row, what it refused.</summary>
internal sealed record EntryImportReport(int Saved, IReadOnlyList<EntryRowError> Errors);

/// <summary>
/// 导入台账记录 from the template generated from the ledger (or its export): each row goes through the same parsing and
/// rules as the form. All or nothing: when any row is refused nothing is saved, and every refused row is listed, so
/// the clerk corrects the sheet and imports it again without creating duplicates.
/// </summary>
internal sealed class ImportEntriesHandler(FazhiDbContext db, TimeProvider clock)
{
    /// <returns>Null when the township has no such ledger.</returns>
    public async Task<EntryImportReport?> HandleAsync(Actor actor, Guid ledgerId, Stream xlsx, CancellationToken ct)
    {
        WhoMayRule.Of<LedgerEntriesKeptByStaff>().Check(actor);
        var ledger = await LedgerQueries.DefinitionAsync(db, ledgerId, ct);
        if (ledger is null)
        {
            return null;
        }

        List<IDictionary<string, object?>> rows;
        try
        {
            rows = [.. MiniExcel.Query(xlsx, useHeaderRow: true).Cast<IDictionary<string, object?>>()];
        }
        catch (Exception e) when (e is InvalidDataException or IOException or InvalidOperationException or FormatException or System.Xml.XmlException or ArgumentException)
        {
            return new EntryImportReport(0, [new EntryRowError(0, "文件不是有效的 Excel 工作簿（.xlsx），请使用本台账的“下载导入模板”填写后导入。")]);
        }

        var fields = ledger.Current.Schema.Fields;
        if (rows.Count > 0 && !rows[0].ContainsKey(LedgerExcel.DateColumn))
        {
            return new EntryImportReport(0, [new EntryRowError(1, $"第一行应为列名（{LedgerExcel.DateColumn}、{string.Join("、", fields.Select(f => f.Column))}），请使用本台账的导入模板。")]);
        }

        var today = Platform.Time.ChinaTime.Today(clock);
        var now = clock.GetUtcNow();
        var errors = new List<EntryRowError>();
        var entries = new List<LedgerEntry>();
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (row.Values.All(v => v is null || string.IsNullOrWhiteSpace(Convert.ToString(v, CultureInfo.InvariantCulture))))
            {
                continue;
            }

            var (dateText, _, dateProblem) = LedgerIndicatorMath.Parse(new LedgerField("date", LedgerExcel.DateColumn, LedgerFieldKind.Date, true, []), Cell(row, LedgerExcel.DateColumn));
            var problems = new List<string>();
            if (dateProblem is not null)
            {
                problems.Add(dateProblem);
            }

            var values = new Dictionary<string, (string? Text, decimal? Number)>();
            foreach (var field in fields)
            {
                var (text, number, problem) = LedgerIndicatorMath.Parse(field, Cell(row, field.Column));
                if (problem is not null)
                {
                    problems.Add(problem);
                }

                values[field.Key] = (text, number);
            }

            if (problems.Count == 0)
            {
                try
                {
                    entries.Add(LedgerEntry.Enter(ledger, DateOnly.ParseExact(dateText!, "yyyy-MM-dd", CultureInfo.InvariantCulture), values, actor.Name, now, today));
                }
                catch (BusinessRuleException refused)
                {
                    problems.Add(refused.Message);
                }
            }

            if (problems.Count > 0)
            {
                errors.Add(new EntryRowError(i + 2, string.Join(" ", problems)));
            }
        }

        if (errors.Count > 0)
        {
            return new EntryImportReport(0, errors);
        }

        db.AddRange(entries);
        await db.SaveChangesAsync(ct);
        return new EntryImportReport(entries.Count, []);
    }

    private static object? Cell(IDictionary<string, object?> row, string column) => row.TryGetValue(column, out var value) ? value : null;
}
