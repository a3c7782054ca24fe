using Fazhi.Modules.Ledgers.Model;
using Fazhi.Modules.Organization;
using Fazhi.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Ledgers;

/// <summary>A page of a ledger's entries, with the versions they were entered under.</summary>
internal sealed record LedgerEntryPage(LedgerDefinition Ledger, IReadOnlyList<LedgerEntry> Entries, int Total, int Page, int PageSize)
{
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public LedgerSchema SchemaOf(LedgerEntry entry) => Ledger.Versions.Single(v => v.Number == entry.VersionNumber).Schema;

    /// <summary>The columns of the ledger page and export: every field any version had, current ones first.</summary>
    public IReadOnlyList<LedgerField> Columns => LedgerQueries.Columns(Ledger);
}

/// <summary>Reads of ledgers through the tenant filter: a township sees its own.</summary>
internal sealed class LedgerQueries(FazhiDbContext db)
{
    public const int PageSize = 50;

    public static Task<LedgerDefinition?> DefinitionAsync(FazhiDbContext db, Guid id, CancellationToken ct) =>
        db.Set<LedgerDefinition>().Include(d => d.Versions).SingleOrDefaultAsync(d => d.Id == id, ct);

    public Task<LedgerDefinition?> DefinitionAsync(Guid id, CancellationToken ct) => DefinitionAsync(db, id, ct);

    public async Task<IReadOnlyList<(LedgerDefinition Ledger, int Entries)>> ListAsync(Guid townshipId, int year, CancellationToken ct)
    {
        var ledgers = await db.Set<LedgerDefinition>().AsNoTracking().Include(d => d.Versions).Where(d => d.TownshipId == townshipId).OrderBy(d => d.Name).ToListAsync(ct);
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        var counts = await db.Set<LedgerEntry>().AsNoTracking().Where(e => e.TownshipId == townshipId && e.OccurredOn >= first && e.OccurredOn <= last)
            .GroupBy(e => e.DefinitionId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        return [.. ledgers.Select(l => (l, counts.GetValueOrDefault(l.Id)))];
    }

    /// <summary>Entries of a year (and village), newest first, one page counted and read in SQL.</summary>
    public async Task<LedgerEntryPage?> EntriesAsync(Guid ledgerId, int year, string? village, int page, int pageSize, CancellationToken ct)
    {
        var ledger = await db.Set<LedgerDefinition>().AsNoTracking().Include(d => d.Versions).SingleOrDefaultAsync(d => d.Id == ledgerId, ct);
        if (ledger is null)
        {
            return null;
        }

        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        var query = db.Set<LedgerEntry>().AsNoTracking().Where(e => e.DefinitionId == ledgerId && e.OccurredOn >= first && e.OccurredOn <= last);
        if (!string.IsNullOrWhiteSpace(village))
        {
            query = query.Where(e => e.Village == village.Trim());
        }

        var total = await query.CountAsync(ct);
        page = Math.Clamp(page, 1, Math.Max(1, (total + pageSize - 1) / pageSize));
        var entries = await query.Include(e => e.Values).OrderByDescending(e => e.OccurredOn).ThenByDescending(e => e.EnteredAt)
            .Skip((page - 1) * pageSize).Take(pageSize).AsSplitQuery().ToListAsync(ct);
        return new LedgerEntryPage(ledger, entries, total, page, pageSize);
    }

    public async Task<IReadOnlyList<string>> VillagesAsync(Guid townshipId, CancellationToken ct) =>
        await db.Set<Village>().AsNoTracking().Where(v => v.TownshipId == townshipId).OrderBy(v => v.DivisionCode).Select(v => v.Name).ToListAsync(ct);

    public async Task<IReadOnlyList<string>> OfficesAsync(Guid townshipId, CancellationToken ct) =>
        await db.Set<Office>().AsNoTracking().Where(o => o.TownshipId == townshipId).OrderBy(o => o.Name).Select(o => o.Name).ToListAsync(ct);

    public static IReadOnlyList<LedgerField> Columns(LedgerDefinition ledger) =>
        [.. ledger.Versions.OrderByDescending(v => v.Number).SelectMany(v => v.Schema.Fields).DistinctBy(f => f.Key)];
}
