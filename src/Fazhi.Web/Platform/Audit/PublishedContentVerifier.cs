using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using Fazhi.Platform.Data;
using Fazhi.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Fazhi.Platform.Audit;

/// <summary>A value the public can see that is not what the audit trail recorded: the database was edited directly.</summary>
public sealed record AlteredPublishedRecord(string RecordType, string RecordId, string Field, string? Recorded, string? Stored)
{
    public string Description => Field switch
    {
        NoTrail => $"{RecordType} {RecordId}：审计链中没有这条记录的新增记录（在系统之外直接写入数据库）",
        DeletedInTrail => $"{RecordType} {RecordId}：审计链记载该记录已删除，数据库中却仍然存在",
        _ => $"{RecordType} {RecordId} 的 {Field}：审计链记载为“{Recorded ?? "空"}”，数据库中为“{Stored ?? "空"}”",
    };

    internal const string NoTrail = "（整条记录）";
    internal const string DeletedInTrail = "（已删除）";
}

/// <summary>
/// The content of what a township has published, checked against its hash chain (issue 13 item 5). The chain already
/// holds every value ever written to a record (hashed, so it cannot be edited unnoticed); replaying a record's entries
/// gives what it must contain now. Every published record (<see cref="IPublishable.IsPublic"/>) and the records that hang
/// from it (a document's versions, a decision's options, a consultation's feedback lines) is compared column by column,
/// so a fine edited in the database from 2000 to 1 is reported by <c>verify-audit</c> like a broken link.
/// </summary>
internal sealed class PublishedContentVerifier(IServiceScopeFactory scopes)
{
    private const int Batch = 400;

    private static readonly MethodInfo LoadPublishedMethod = typeof(PublishedContentVerifier).GetMethod(nameof(LoadPublishedAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    private static readonly MethodInfo LoadDependentsMethod = typeof(PublishedContentVerifier).GetMethod(nameof(LoadDependentsAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    public async Task<IReadOnlyList<AlteredPublishedRecord>> VerifyAsync(Guid townshipId, CancellationToken ct)
    {
        // A scope of its own: records are loaded with tracking (shadow keys of owned parts are only known to tracked
        // entries) and dropped type by type, never mixing with the caller's context.
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentTenant>().Value = TenantContext.System;
        var db = scope.ServiceProvider.GetRequiredService<FazhiDbContext>();
        db.ChangeTracker.AutoDetectChangesEnabled = false;

        var altered = new List<AlteredPublishedRecord>();
        var roots = db.Model.GetEntityTypes()
            .Where(t => typeof(IPublishable).IsAssignableFrom(t.ClrType) && !t.IsOwned() && t.BaseType is null)
            .OrderBy(t => t.ClrType.Name, StringComparer.Ordinal);
        foreach (var root in roots)
        {
            var keys = await (Task<List<Guid>>)LoadPublishedMethod.MakeGenericMethod(root.ClrType).Invoke(null, [db, townshipId, ct])!;
            await LoadDependentsOfAsync(db, root, keys, ct);
            altered.AddRange(await CompareTrackedAsync(db, ct));
            db.ChangeTracker.Clear();
        }

        return altered;
    }

    /// <summary>The records hanging from published ones, level by level (not other publishable records: they decide for themselves).</summary>
    private static async Task LoadDependentsOfAsync(FazhiDbContext db, IEntityType root, List<Guid> rootKeys, CancellationToken ct)
    {
        var level = new List<(IEntityType Type, List<Guid> Keys)> { (root, rootKeys) };
        var seen = new HashSet<IEntityType> { root };
        while (level.Count > 0)
        {
            var next = new List<(IEntityType, List<Guid>)>();
            foreach (var (principal, keys) in level.Where(l => l.Keys.Count > 0))
            {
                var foreignKeys = db.Model.GetEntityTypes()
                    .Where(t => !t.IsOwned() && t.BaseType is null && !typeof(IPublishable).IsAssignableFrom(t.ClrType))
                    .SelectMany(t => t.GetForeignKeys())
                    .Where(fk => fk.PrincipalEntityType == principal && fk.PrincipalKey.IsPrimaryKey() && fk.Properties is [{ ClrType: var c }] && (c == typeof(Guid) || c == typeof(Guid?)));
                foreach (var foreignKey in foreignKeys)
                {
                    var dependent = foreignKey.DeclaringEntityType;
                    var loaded = await (Task<List<Guid>>)LoadDependentsMethod.MakeGenericMethod(dependent.ClrType).Invoke(null, [db, foreignKey.Properties[0], keys, ct])!;
                    if (seen.Add(dependent) && loaded.Count > 0)
                    {
                        next.Add((dependent, loaded));
                    }
                }
            }

            level = next;
        }
    }

    private static async Task<List<Guid>> LoadPublishedAsync<TRecord>(FazhiDbContext db, Guid townshipId, CancellationToken ct)
        where TRecord : class, IPublishable
    {
        var records = await db.Set<TRecord>().Where(r => r.IsPublic && r.TownshipId == townshipId).ToListAsync(ct);
        return [.. records.Select(r => (Guid)db.Entry(r).Property("Id").CurrentValue!)];
    }

    private static async Task<List<Guid>> LoadDependentsAsync<TRecord>(FazhiDbContext db, IProperty foreignKey, List<Guid> principalKeys, CancellationToken ct)
        where TRecord : class
    {
        var found = new List<Guid>();
        var key = db.Model.FindEntityType(typeof(TRecord))!.FindPrimaryKey()!;
        foreach (var chunk in principalKeys.Chunk(Batch))
        {
            var record = Expression.Parameter(typeof(TRecord), "record");
            Expression column = Expression.Call(typeof(EF), nameof(EF.Property), [foreignKey.ClrType], record, Expression.Constant(foreignKey.Name));
            if (foreignKey.ClrType == typeof(Guid?))
            {
                column = Expression.Convert(column, typeof(Guid));
            }

            var contains = Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(Guid)], Expression.Constant(chunk.ToList()), column);
            var records = await db.Set<TRecord>().Where(Expression.Lambda<Func<TRecord, bool>>(contains, record)).ToListAsync(ct);
            if (key.Properties is [{ ClrType: var k } keyProperty] && k == typeof(Guid))
            {
                found.AddRange(records.Select(r => (Guid)db.Entry(r).Property(keyProperty.Name).CurrentValue!));
            }
        }

        return found;
    }

    /// <summary>Every tracked record (published, dependent, owned part) against the replay of its trail.</summary>
    private static async Task<List<AlteredPublishedRecord>> CompareTrackedAsync(FazhiDbContext db, CancellationToken ct)
    {
        var altered = new List<AlteredPublishedRecord>();
        var entries = db.ChangeTracker.Entries().Where(e => e.Entity is not AuditEntry and not AuditChainHead).ToList();
        foreach (var byType in entries.GroupBy(e => AuditSaveChangesInterceptor.RecordTypeName(e.Metadata.ClrType)))
        {
            var records = byType.ToDictionary(e => AuditSaveChangesInterceptor.RecordIdOf(e), StringComparer.Ordinal);
            var trails = new Dictionary<string, List<AuditEntry>>(StringComparer.Ordinal);
            foreach (var chunk in records.Keys.Chunk(Batch))
            {
                var ids = chunk.ToList();
                var trail = await db.Set<AuditEntry>().AsNoTracking()
                    .Where(a => a.RecordType == byType.Key && ids.Contains(a.RecordId))
                    .ToListAsync(ct);
                foreach (var entry in trail)
                {
                    if (!trails.TryGetValue(entry.RecordId, out var list))
                    {
                        trails[entry.RecordId] = list = [];
                    }

                    list.Add(entry);
                }
            }

            foreach (var (recordId, record) in records)
            {
                altered.AddRange(Compare(byType.Key, recordId, record, trails.GetValueOrDefault(recordId) ?? []));
            }
        }

        return altered;
    }

    /// <summary>What the trail says the record holds now: its entries replayed in the order they were written.</summary>
    internal static IEnumerable<AlteredPublishedRecord> Compare(string recordType, string recordId, EntityEntry record, List<AuditEntry> trail)
    {
        if (trail.Count == 0)
        {
            yield return new(recordType, recordId, AlteredPublishedRecord.NoTrail, null, null);
            yield break;
        }

        var state = new Dictionary<string, string?>(StringComparer.Ordinal);
        var deleted = false;
        // One record lives in one chain; within it the sequence is the order of writing (deletions of a save first).
        foreach (var entry in trail.OrderBy(e => e.OccurredAt).ThenBy(e => e.Sequence))
        {
            switch (entry.Action)
            {
                case AuditAction.Added:
                    state.Clear();
                    deleted = false;
                    break;
                case AuditAction.Deleted:
                    state.Clear();
                    deleted = true;
                    continue;
                case AuditAction.Modified:
                    break;
            }

            foreach (var change in AuditTrailQueries.ParseChanges(entry.Changes).Where(c => !c.Redacted))
            {
                state[change.Field] = change.New;
            }
        }

        if (deleted)
        {
            yield return new(recordType, recordId, AlteredPublishedRecord.DeletedInTrail, null, null);
            yield break;
        }

        foreach (var property in record.Properties)
        {
            var name = property.Metadata.Name;
            if (AuditRedaction.IsSecret(record.Metadata.ClrType, name))
            {
                continue;
            }

            var recorded = state.GetValueOrDefault(name);
            var stored = property.CurrentValue;
            if (!Same(property.Metadata.ClrType, recorded, stored))
            {
                yield return new(recordType, recordId, name, Displayed(property.Metadata.ClrType, recorded), Displayed(property.Metadata.ClrType, AuditSaveChangesInterceptor.Format(stored)));
            }
        }
    }

    /// <summary>
    /// The stored value equals the recorded one. Numbers and instants compare by value: PostgreSQL gives back 2000.00 for
    /// 2000 and keeps instants to the microsecond.
    /// </summary>
    private static bool Same(Type type, string? recorded, object? stored)
    {
        if (stored is null || recorded is null)
        {
            return stored is null && recorded is null;
        }

        var kind = Nullable.GetUnderlyingType(type) ?? type;
        if (kind == typeof(decimal))
        {
            return decimal.TryParse(recorded, NumberStyles.Number, CultureInfo.InvariantCulture, out var d) && d == (decimal)stored;
        }

        if (kind == typeof(double) || kind == typeof(float))
        {
            return double.TryParse(recorded, NumberStyles.Float, CultureInfo.InvariantCulture, out var f) && f.Equals(Convert.ToDouble(stored, CultureInfo.InvariantCulture));
        }

        if (kind == typeof(DateTimeOffset))
        {
            return DateTimeOffset.TryParse(recorded, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var t)
                   && Microseconds(t.UtcTicks) == Microseconds(((DateTimeOffset)stored).UtcTicks);
        }

        if (kind == typeof(DateTime))
        {
            return DateTime.TryParse(recorded, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var t)
                   && Microseconds(t.Ticks) == Microseconds(((DateTime)stored).Ticks);
        }

        return string.Equals(recorded, AuditSaveChangesInterceptor.Format(stored), StringComparison.Ordinal);
    }

    private static long Microseconds(long ticks) => ticks / 10;

    /// <summary>
    /// A number as a person writes it: PostgreSQL gives 1.00 back for a fine of 1, and the report must read “1” on
    /// every database (a clerk compares it with the decision, which says 1 元, not 1.00).
    /// </summary>
    private static string? Displayed(Type type, string? value) =>
        (Nullable.GetUnderlyingType(type) ?? type) == typeof(decimal) && decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var number)
            ? number.ToString("0.############################", CultureInfo.InvariantCulture)
            : value;
}
