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
        await db.Database.MigrateAsync(cancellationToken);

        var storage = services.GetRequiredService<FazhiStorageOptions>();
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
}
