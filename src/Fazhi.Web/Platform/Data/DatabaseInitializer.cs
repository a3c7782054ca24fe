using Fazhi.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Platform.Data;

/// <summary>
/// Something that must exist in the database before Fazhi serves requests: reference data (roles, the official
/// calendar) always, demo data only when configured and only into an empty database.
/// </summary>
public interface IStartupSeeder
{
    /// <summary>Lower runs first: 0–99 reference data, 100+ demo data in dependency order.</summary>
    int Order { get; }

    bool IsDemoData { get; }

    Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken);
}

public static class DatabaseInitializer
{
    /// <summary>Applies migrations at start-up (issue 2 §8) and runs the seeders, as the system tenant.</summary>
    public static async Task InitializeFazhiDatabaseAsync(this IServiceProvider root, CancellationToken cancellationToken = default)
    {
        await using var scope = root.CreateAsyncScope();
        var services = scope.ServiceProvider;
        services.GetRequiredService<CurrentTenant>().Value = TenantContext.System;
        var db = services.GetRequiredService<FazhiDbContext>();
        var storage = services.GetRequiredService<FazhiStorageOptions>();
        await EnsureKnownSchemaAsync(db, storage, cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);

        var seedDemo = storage.SeedDemoData && !await db.Set<Modules.Organization.County>().AnyAsync(cancellationToken);
        foreach (var seeder in services.GetServices<IStartupSeeder>().OrderBy(s => s.Order))
        {
            if (seeder.IsDemoData && !seedDemo)
            {
                continue;
            }

            await seeder.SeedAsync(services, cancellationToken);
        }
    }

    /// <summary>
    /// A database whose applied migrations this build does not contain was made by another version of Fazhi: migrating
    /// it would fail half-way with "table already exists". The demo database is rebuilt when allowed; any other
    /// database is left untouched and the start refused with the reason, because its records are not ours to drop.
    /// </summary>
    private static async Task EnsureKnownSchemaAsync(FazhiDbContext db, FazhiStorageOptions storage, CancellationToken cancellationToken)
    {
        var known = db.Database.GetMigrations().ToHashSet(StringComparer.Ordinal);
        var unknown = (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).Where(m => !known.Contains(m)).ToList();
        if (unknown.Count == 0)
        {
            return;
        }

        if (storage.SeedDemoData && storage.ResetIncompatibleDemoDatabase)
        {
            await db.Database.EnsureDeletedAsync(cancellationToken);
            return;
        }

        throw new InvalidOperationException(
            $"数据库由另一版本的 Fazhi 创建（架构版本 {string.Join("、", unknown)} 不在本版本中），为保护数据已停止启动。请使用与数据库一致的版本，或备份后新建数据库。");
    }
}
