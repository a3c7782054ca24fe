using System.Linq.Expressions;
using System.Reflection;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Tenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Fazhi.Platform.Data;

/// <summary>
/// The one EF Core context, assembled from every module's entity configurations (ADR 0003). Tenancy is enforced
/// here and nowhere else: a query filter on every <see cref="ITenantOwned"/> record, and a guard on save.
/// </summary>
public abstract class FazhiDbContext : IdentityDbContext<FazhiUser, IdentityRole<Guid>, Guid>, Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.IDataProtectionKeyContext
{
    private readonly CurrentTenant _tenant;

    protected FazhiDbContext(DbContextOptions options, CurrentTenant tenant) : base(options)
    {
        _tenant = tenant;
    }

    public TenantContext Tenant => _tenant.Value;

    /// <summary>The shared data-protection key ring (ADR 0029, <see cref="Security.SharedKeys"/>).</summary>
    public DbSet<Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.DataProtectionKey> DataProtectionKeys => Set<Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.DataProtectionKey>();

    // Read by the query filters at query time (EF parameterises members of the context instance).
    internal bool TenantUnrestricted => _tenant.Value.IsUnrestricted;

    internal List<Guid> TenantTownshipIds => _tenant.Value.ReadableTownshipIds;

    /// <summary>The transaction <see cref="NumberSeries.HoldAsync"/> began (PostgreSQL); the next save commits it.</summary>
    internal IDbContextTransaction? HeldSeriesTransaction { get; set; }

    /// <summary>The series this unit of work holds, and (SQLite) the in-process gates it passed.</summary>
    internal HashSet<long> HeldSeriesKeys { get; } = [];

    internal List<SemaphoreSlim> HeldSeriesGates { get; } = [];

    /// <summary>Runs <paramref name="action"/> with the given tenant, e.g. a background sweep acting as the system.</summary>
    public async Task<T> AsTenantAsync<T>(TenantContext tenant, Func<Task<T>> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        var previous = _tenant.Value;
        _tenant.Value = tenant;
        try
        {
            return await action();
        }
        finally
        {
            _tenant.Value = previous;
        }
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(FazhiDbContext).Assembly);

        var apply = typeof(FazhiDbContext).GetMethod(nameof(ApplyTenantFilter), BindingFlags.NonPublic | BindingFlags.Instance)!;
        foreach (var entityType in builder.Model.GetEntityTypes())
        {
            // Our records create their own Guid ids (Guid.NewGuid() in the entity). Declaring the key as never
            // generated lets EF tell a child added to a loaded aggregate's collection (INSERT) from an existing one;
            // otherwise a set Guid key reads as "already stored" and the save fails as a concurrency conflict.
            // Identity's own types keep EF's convention.
            var key = entityType.FindPrimaryKey();
            if (key is { Properties: [{ ClrType: var keyType } keyProperty] } && keyType == typeof(Guid) && !entityType.IsOwned()
                && entityType.ClrType.Namespace?.StartsWith("Fazhi.", StringComparison.Ordinal) == true
                && entityType.ClrType != typeof(FazhiUser))
            {
                keyProperty.ValueGenerated = ValueGenerated.Never;
            }

            if (typeof(ITenantOwned).IsAssignableFrom(entityType.ClrType) && entityType.BaseType is null)
            {
                apply.MakeGenericMethod(entityType.ClrType).Invoke(this, [builder]);
            }
        }
    }

    private void ApplyTenantFilter<T>(ModelBuilder builder) where T : class, ITenantOwned
    {
        Expression<Func<T, bool>> filter = e => TenantUnrestricted || TenantTownshipIds.Contains(e.TownshipId);
        builder.Entity<T>().HasQueryFilter(TenantFilterName, filter);
    }

    /// <summary>The name of the tenant query filter, for the few reads that must pass it deliberately (see PublicQueries).</summary>
    public const string TenantFilterName = "Tenant";

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        GuardTenantWrites();
        NeutraliseBidiControls();
        var portal = Caching.RecordStamps.Touched(ChangeTracker);
        int saved;
        if (portal.Count == 0)
        {
            saved = base.SaveChanges(acceptAllChangesOnSuccess);
        }
        else
        {
            using var own = Database.CurrentTransaction is null ? Database.BeginTransaction() : null;
            // Bumped first: a save that then fails rolls the bump back with it, and the change tracker is not yet accepted.
            Caching.RecordStamps.BumpAsync(Database, portal, async: false, CancellationToken.None).GetAwaiter().GetResult();
            saved = base.SaveChanges(acceptAllChangesOnSuccess);
            own?.Commit();
        }

        NumberSeries.ReleaseAfterSave(this);

        return saved;
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        GuardTenantWrites();
        NeutraliseBidiControls();
        // The portal's cached pages of every township this save changes are invalidated in the same transaction as the
        // change (ADR 0031): a withdrawn decision leaves every instance's cache the moment the withdrawal commits.
        var portal = Caching.RecordStamps.Touched(ChangeTracker);
        var saved = portal.Count == 0
            ? await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken)
            : await SaveStampedAsync(portal, acceptAllChangesOnSuccess, cancellationToken);

        // A number counted under a held series (NumberSeries) is saved now: committing releases the series.
        await NumberSeries.ReleaseAfterSaveAsync(this);

        return saved;
    }

#pragma warning disable CA1816 // DbContext's own Dispose suppresses finalization; these only let held series go first.
    public override void Dispose()
    {
        NumberSeries.ReleaseOnDispose(this);
        base.Dispose();
    }

    public override ValueTask DisposeAsync()
    {
        NumberSeries.ReleaseOnDispose(this);
        return base.DisposeAsync();
    }
#pragma warning restore CA1816

    private async Task<int> SaveStampedAsync(HashSet<Guid> portal, bool acceptAllChangesOnSuccess, CancellationToken cancellationToken)
    {
        await using var own = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        await Caching.RecordStamps.BumpAsync(Database, portal, async: true, cancellationToken);
        var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        if (own is not null)
        {
            await own.CommitAsync(CancellationToken.None);
        }

        return saved;
    }

    /// <summary>
    /// No stored text carries a bidi control character (U+202E …), whatever path it came in by (Web.DisplayText); done
    /// before the audit trail reads the changes, so the trail records what is stored.
    /// </summary>
    private void NeutraliseBidiControls()
    {
        foreach (var entry in ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified))
            {
                continue;
            }

            foreach (var property in entry.Properties)
            {
                if (property.CurrentValue is string text && Web.DisplayText.Neutralise(text) is var neutral && !ReferenceEquals(neutral, text))
                {
                    property.CurrentValue = neutral;
                }
            }
        }
    }

    private void GuardTenantWrites()
    {
        var tenant = _tenant.Value;
        foreach (var entry in ChangeTracker.Entries<ITenantOwned>())
        {
            if (entry.State is EntityState.Unchanged or EntityState.Detached)
            {
                continue;
            }

            if (!tenant.CanWrite(entry.Entity, entry.State == EntityState.Added))
            {
                throw new TenantAccessDeniedException(entry.Metadata.ClrType.Name);
            }

            // A row only some of whose kind the county writes is judged as it was too: otherwise one save could make a
            // township's row read as the county's (name a county definition) and change it under that claim. Only the
            // county's writes depend on that claim, so only they pay for materialising the row as it was.
            if (tenant.Kind == TenantKind.County && entry.State == EntityState.Modified && entry.Entity is ICountyWritable
                && entry.OriginalValues.ToObject() is ITenantOwned before && !tenant.CanWrite(before, isInsert: false))
            {
                throw new TenantAccessDeniedException(entry.Metadata.ClrType.Name);
            }
        }
    }
}

/// <summary>A write outside the caller's tenancy; mapped to 404 so that foreign records do not even appear to exist.</summary>
public sealed class TenantAccessDeniedException : Exception
{
    public TenantAccessDeniedException()
    {
    }

    public TenantAccessDeniedException(string recordType) : base($"Write to {recordType} outside the caller's tenancy.")
    {
    }

    public TenantAccessDeniedException(string message, Exception innerException) : base(message, innerException)
    {
    }
}

public sealed class SqliteFazhiDbContext(DbContextOptions<SqliteFazhiDbContext> options, CurrentTenant tenant)
    : FazhiDbContext(options, tenant)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        // SQLite cannot order or compare DateTimeOffset stored as text; store instants as sortable binary (ADR 0003).
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<Microsoft.EntityFrameworkCore.Storage.ValueConversion.DateTimeOffsetToBinaryConverter>();
    }
}

public sealed class PostgresFazhiDbContext(DbContextOptions<PostgresFazhiDbContext> options, CurrentTenant tenant)
    : FazhiDbContext(options, tenant);
