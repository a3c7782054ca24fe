using Fazhi.Modules.Ledgers.Model;
using Fazhi.Modules.Reports.Contracts;
using Fazhi.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Ledgers.Figures;

/// <summary>A ledger's current version as the figures read it.</summary>
internal sealed record LedgerHead(Guid Id, Guid TownshipId, string Key, string Name, string Heading, string Lead, ReportPart Part, string SchemaJson);

/// <summary>
/// The configured indicators of every requested township for a year, with three queries whatever the number of
/// townships and ledgers: the ledgers' current versions, the entries counted per ledger, and per field the sum and
/// distinct values — all grouped by township and ledger, year-true by each entry's own date.
/// </summary>
internal sealed class LedgerFigures(FazhiDbContext db)
{
    /// <summary>Configured groups come after the typed modules' subsections of the same part.</summary>
    public const int Order = 90;

    public async Task<IReadOnlyDictionary<Guid, IReadOnlyList<IndicatorGroup>>> ForTownshipsAsync(IReadOnlyCollection<Guid> townshipIds, int year, CancellationToken ct)
    {
        var ids = townshipIds.Distinct().ToList();
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        var heads = await (
            from d in db.Set<LedgerDefinition>().AsNoTracking()
            where ids.Contains(d.TownshipId)
            join v in db.Set<LedgerVersion>().AsNoTracking() on new { Id = d.Id, Number = d.CurrentVersion } equals new { Id = v.DefinitionId, v.Number }
            select new LedgerHead(d.Id, d.TownshipId, d.Key, d.Name, v.Heading, v.Lead, v.Part, v.SchemaJson)).ToListAsync(ct);
        var entries = await db.Set<LedgerEntry>().AsNoTracking()
            .Where(e => ids.Contains(e.TownshipId) && e.OccurredOn >= first && e.OccurredOn <= last)
            .GroupBy(e => e.DefinitionId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var fields = await db.Set<LedgerValue>().AsNoTracking()
            .Where(v => ids.Contains(v.TownshipId) && v.OccurredOn >= first && v.OccurredOn <= last)
            .GroupBy(v => new { v.DefinitionId, v.FieldKey })
            .Select(g => new { g.Key.DefinitionId, g.Key.FieldKey, Sum = g.Sum(v => v.Number), Distinct = g.Select(v => v.Text).Distinct().Count() })
            .ToListAsync(ct);
        var result = ids.ToDictionary(id => id, _ => (IReadOnlyList<IndicatorGroup>)[]);
        // Looked up by ledger: scanning every field total once per ledger grows with the square of the county (bench/Fazhi.Bench.Scale).
        var fieldsOfLedger = fields.ToLookup(f => f.DefinitionId);
        foreach (var township in heads.GroupBy(h => h.TownshipId))
        {
            result[township.Key] = [.. township.OrderBy(h => h.Key, StringComparer.Ordinal).Select(h =>
            {
                var ofLedger = fieldsOfLedger[h.Id].ToList();
                var totals = new LedgerYearTotals(
                    entries.GetValueOrDefault(h.Id),
                    ofLedger.ToDictionary(f => f.FieldKey, f => f.Sum ?? 0m),
                    ofLedger.ToDictionary(f => f.FieldKey, f => f.Distinct));
                return Group(h, totals, year);
            })];
        }

        return result;
    }

    public static IndicatorGroup Group(LedgerHead head, LedgerYearTotals totals, int year)
    {
        ArgumentNullException.ThrowIfNull(head);
        var schema = LedgerSchema.FromJson(head.SchemaJson);
        var link = $"/workspace/ledgers/{head.Id}?Year={year}";
        return new IndicatorGroup("ledger." + head.Key, Order, head.Heading, head.Lead,
            [.. schema.Indicators.Select(spec => LedgerIndicatorMath.Compute(head.Key, schema, spec, totals, link))])
        {
            Part = head.Part,
        };
    }
}

/// <summary>The configured ledgers' figures for the report and the county console (issue 18 §1).</summary>
internal sealed class LedgerIndicatorSource(LedgerFigures figures) : IIndicatorGroupsSource
{
    public Task<IReadOnlyDictionary<Guid, IReadOnlyList<IndicatorGroup>>> ForTownshipsAsync(IReadOnlyCollection<Guid> townshipIds, int year, CancellationToken cancellationToken) =>
        figures.ForTownshipsAsync(townshipIds, year, cancellationToken);
}
