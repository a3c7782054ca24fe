using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using Fazhi.Platform.Auth;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Fazhi.Platform.Tenancy;

/// <summary>
/// Which township a record belongs to: for the audit chain its changes go to (ADR 0008, issue 13 item 5) and for the
/// check that a reference (an attachment's owner) is a record of the caller's own township (item 8). A township's own
/// records carry <see cref="ITenantOwned.TownshipId"/>; a child record (evidence, case officers, catalogue items, votes,
/// owned parts) belongs to the township of the record it hangs from, found by following its foreign keys to a record
/// that names its township. Records with no such path (counties, the calendar, roles) are platform data.
/// </summary>
internal static class RecordTownships
{
    private static readonly ConcurrentDictionary<IEntityType, IReadOnlyList<IForeignKey>> OwnerKeysByType = new();

    private static readonly MethodInfo ReadMethod = typeof(RecordTownships).GetMethod(nameof(ReadValueAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    /// <summary>True when the record names its township itself (no foreign key to follow).</summary>
    public static bool NamesItsTownship(Type clrType) =>
        typeof(ITenantOwned).IsAssignableFrom(clrType) || clrType == typeof(FazhiUser) || clrType == typeof(Modules.Organization.Township);

    /// <summary>
    /// The foreign keys that lead from <paramref name="type"/> to a record naming its township, the owner of an owned
    /// type first; empty for platform data. Computed once per entity type from the model.
    /// </summary>
    public static IReadOnlyList<IForeignKey> OwnerKeys(IEntityType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return OwnerKeysByType.GetOrAdd(type, t => Find(t, []));

        static IReadOnlyList<IForeignKey> Find(IEntityType type, HashSet<IEntityType> visiting)
        {
            if (NamesItsTownship(type.ClrType) || !visiting.Add(type))
            {
                return [];
            }

            var keys = type.GetForeignKeys()
                .OrderByDescending(fk => fk.IsOwnership)
                .ThenByDescending(fk => fk.IsRequired)
                .Where(fk => NamesItsTownship(fk.PrincipalEntityType.ClrType) || Find(fk.PrincipalEntityType, visiting).Count > 0)
                .ToList();
            visiting.Remove(type);
            return keys;
        }
    }

    /// <summary>The township of a changed record, or null for platform data.</summary>
    public static async Task<Guid?> TownshipOfAsync(DbContext context, EntityEntry entry, TrackedRecords tracked, bool async, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(tracked);
        var deleted = entry.State == EntityState.Deleted;
        switch (entry.Entity)
        {
            case ITenantOwned owned:
                return owned.TownshipId;
            case FazhiUser user:
                return deleted ? (Guid?)entry.Property(nameof(FazhiUser.TownshipId)).OriginalValue : user.TownshipId;
            case Modules.Organization.Township township:
                return township.Id;
        }

        foreach (var foreignKey in OwnerKeys(entry.Metadata))
        {
            var values = foreignKey.Properties
                .Select(p => deleted ? entry.Property(p.Name).OriginalValue : entry.Property(p.Name).CurrentValue)
                .ToArray();
            if (values.Any(v => v is null))
            {
                continue;
            }

            if (tracked.Find(foreignKey.PrincipalEntityType, foreignKey.PrincipalKey, values) is { } principal)
            {
                return await TownshipOfAsync(context, principal, tracked, async, ct);
            }

            // The record it hangs from is not loaded (a child saved on its own): ask the database.
            if (await StoredTownshipOfAsync(context, foreignKey.PrincipalEntityType, foreignKey.PrincipalKey.Properties, values!, async, ct) is { } stored)
            {
                return stored;
            }
        }

        return null;
    }

    /// <summary>The township of a stored record found by key, following its own foreign keys the same way (null: no such record).</summary>
    public static async Task<Guid?> StoredTownshipOfAsync(DbContext context, IEntityType type, IReadOnlyList<IProperty> keyProperties, object[] keyValues, bool async, CancellationToken ct)
    {
        if (NamesItsTownship(type.ClrType))
        {
            var name = type.ClrType == typeof(Modules.Organization.Township) ? "Id" : nameof(ITenantOwned.TownshipId);
            return await ReadAsync(context, type, keyProperties, keyValues, type.FindProperty(name)!, async, ct) as Guid?;
        }

        foreach (var foreignKey in OwnerKeys(type))
        {
            var values = new object[foreignKey.Properties.Count];
            var complete = true;
            for (var i = 0; i < values.Length; i++)
            {
                var value = await ReadAsync(context, type, keyProperties, keyValues, foreignKey.Properties[i], async, ct);
                complete &= value is not null;
                values[i] = value!;
            }

            if (complete && await StoredTownshipOfAsync(context, foreignKey.PrincipalEntityType, foreignKey.PrincipalKey.Properties, values, async, ct) is { } township)
            {
                return township;
            }
        }

        return null;
    }

    private static Task<object?> ReadAsync(DbContext context, IEntityType type, IReadOnlyList<IProperty> keyProperties, object[] keyValues, IProperty wanted, bool async, CancellationToken ct) =>
        (Task<object?>)ReadMethod.MakeGenericMethod(type.ClrType).Invoke(null, [context, keyProperties, keyValues, wanted, async, ct])!;

    /// <summary>One column of one stored record, past every query filter (shadow properties included).</summary>
    private static async Task<object?> ReadValueAsync<TEntity>(DbContext context, IReadOnlyList<IProperty> keyProperties, object[] keyValues, IProperty wanted, bool async, CancellationToken ct)
        where TEntity : class
    {
        var record = Expression.Parameter(typeof(TEntity), "record");
        Expression? match = null;
        for (var i = 0; i < keyProperties.Count; i++)
        {
            var equal = Expression.Equal(Column(record, keyProperties[i]), Expression.Constant(keyValues[i], keyProperties[i].ClrType));
            match = match is null ? equal : Expression.AndAlso(match, equal);
        }

        var query = context.Set<TEntity>().IgnoreQueryFilters().AsNoTracking()
            .Where(Expression.Lambda<Func<TEntity, bool>>(match!, record))
            .Select(Expression.Lambda<Func<TEntity, object?>>(Expression.Convert(Column(record, wanted), typeof(object)), record));
        return async ? await query.FirstOrDefaultAsync(ct) : query.FirstOrDefault();
    }

    private static MethodCallExpression Column(ParameterExpression record, IProperty property) =>
        Expression.Call(typeof(EF), nameof(EF.Property), [property.ClrType], record, Expression.Constant(property.Name));
}

/// <summary>The records a context tracks, found by any key of their type (built once per save, on first use).</summary>
internal sealed class TrackedRecords(DbContext context)
{
    private readonly Dictionary<(IEntityType, IKey), Dictionary<string, EntityEntry>> _index = [];

    public EntityEntry? Find(IEntityType type, IKey key, object?[] values)
    {
        if (!_index.TryGetValue((type, key), out var byKey))
        {
            byKey = new Dictionary<string, EntityEntry>(StringComparer.Ordinal);
            foreach (var entry in context.ChangeTracker.Entries().Where(e => e.Metadata == type || e.Metadata.GetRootType() == type))
            {
                byKey.TryAdd(KeyText(key.Properties.Select(p => entry.Property(p.Name).CurrentValue)), entry);
            }

            _index[(type, key)] = byKey;
        }

        return byKey.GetValueOrDefault(KeyText(values));
    }

    private static string KeyText(IEnumerable<object?> values) =>
        string.Join("\u001F", values.Select(v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture) ?? ""));
}
