using Fazhi.Modules.Organization;
using Fazhi.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Fazhi.Platform.Caching;

/// <summary>
/// A township's record stamp: a value that every save changing a record of the township replaces, in the same
/// transaction as the change. What is computed from the township's records is kept under the stamp it was read with:
/// the portal's cached pages (ADR 0031) and the county's figures (ADR 0033). Once a withdrawal commits, every
/// instance's next request carries the new stamp and misses the old copy. (Named PortalGeneration until the county's
/// figures came to use it too.)
/// The row of <see cref="Guid.Empty"/> stands for what every township's pages show (the county's townships, the home
/// page) and for changes whose township cannot be told.
/// </summary>
internal sealed class RecordStamp
{
    public RecordStamp(Guid townshipId, Guid stamp)
    {
        TownshipId = townshipId;
        Stamp = stamp;
    }

    /// <summary>The township, or <see cref="Guid.Empty"/> for the whole portal.</summary>
    public Guid TownshipId { get; private set; }

    public Guid Stamp { get; private set; }
}

internal sealed class RecordStampConfiguration : IEntityTypeConfiguration<RecordStamp>
{
    public void Configure(EntityTypeBuilder<RecordStamp> builder)
    {
        builder.ToTable("web_record_stamps");
        builder.HasKey(g => g.TownshipId);
    }
}

internal static class RecordStamps
{
    /// <summary>The stamp row of changes that belong to no one township.</summary>
    public static readonly Guid WholePortal = Guid.Empty;

    /// <summary>
    /// The townships whose portal may show something this save changes. A township record names its township; a record
    /// of a module that is no township's (a child row of an aggregate, such as a case's evidence) belongs to the one
    /// township the unit of work holds, or, when that cannot be told, to the whole portal. The county's townships
    /// themselves appear on every page. Platform records that the portal never shows (accounts, keys, the audit
    /// trail's heads) change nothing.
    /// </summary>
    public static HashSet<Guid> Touched(ChangeTracker tracker)
    {
        var touched = new HashSet<Guid>();
        var held = new HashSet<Guid>();
        var unattributed = false;
        foreach (var entry in tracker.Entries())
        {
            var changed = entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted;
            switch (entry.Entity)
            {
                case Township or County:
                    if (changed)
                    {
                        touched.Add(WholePortal);
                    }

                    break;
                case ITenantOwned owned:
                    held.Add(owned.TownshipId);
                    if (changed)
                    {
                        touched.Add(owned.TownshipId);
                    }

                    break;
                default:
                    if (changed && entry.Metadata.ClrType.Namespace?.StartsWith("Fazhi.Modules.", StringComparison.Ordinal) == true)
                    {
                        unattributed = true;
                    }

                    break;
            }
        }

        if (unattributed)
        {
            if (held.Count == 1)
            {
                touched.UnionWith(held);
            }
            else
            {
                touched.Add(WholePortal);
            }
        }

        return touched;
    }

    /// <summary>
    /// A digest of what these townships' records are now: their stamps and the whole portal's, with the set itself. Any
    /// committed change of a record of one of them gives another digest (ADR 0033: the county's figures are kept under it).
    /// </summary>
    public static async Task<string> DigestAsync(Data.FazhiDbContext db, IReadOnlyCollection<Guid> townships, CancellationToken ct)
    {
        Guid[] ids = [.. townships.Append(WholePortal).Distinct().Order()];
        var stamps = await db.Set<RecordStamp>().AsNoTracking().Where(g => ids.Contains(g.TownshipId))
            .Select(g => new { g.TownshipId, g.Stamp }).ToListAsync(ct);
        using var hash = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        foreach (var id in ids)
        {
            hash.AppendData(id.ToByteArray());
        }

        foreach (var row in stamps.OrderBy(r => r.TownshipId))
        {
            hash.AppendData(row.TownshipId.ToByteArray());
            hash.AppendData(row.Stamp.ToByteArray());
        }

        return Convert.ToHexString(hash.GetHashAndReset());
    }

    /// <summary>The stamps these townships have now; a township never saved has no row (and no entry here).</summary>
    public static async Task<Dictionary<Guid, Guid>> ForTownshipsAsync(Data.FazhiDbContext db, IReadOnlyCollection<Guid> townships, CancellationToken ct)
    {
        Guid[] ids = [.. townships.Distinct()];
        return await db.Set<RecordStamp>().AsNoTracking().Where(g => ids.Contains(g.TownshipId))
            .ToDictionaryAsync(g => g.TownshipId, g => g.Stamp, ct);
    }

    // The same statement on SQLite (3.24+) and PostgreSQL; two concurrent first writers of a township do not collide.
    private const string Bump =
        "INSERT INTO \"web_record_stamps\" (\"TownshipId\", \"Stamp\") VALUES ({0}, {1}) " +
        "ON CONFLICT (\"TownshipId\") DO UPDATE SET \"Stamp\" = excluded.\"Stamp\"";

    public static async Task BumpAsync(DatabaseFacade database, IEnumerable<Guid> townships, bool async, CancellationToken ct)
    {
        // In key order, so two saves that touch the same townships take the row locks in the same order (no deadlock).
        foreach (var township in townships.Order())
        {
            if (async)
            {
                await database.ExecuteSqlRawAsync(Bump, [township, Guid.NewGuid()], ct);
            }
            else
            {
                database.ExecuteSqlRaw(Bump, township, Guid.NewGuid());
            }
        }
    }
}
