using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.Modules.Organization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.IntegrationTests.Platform.Data;

/// <summary>
/// A database made by another version of Fazhi (a migration this build does not contain) is never migrated half-way:
/// a real database is left untouched and the start refused with the reason; the demo database of ./run.sh is rebuilt.
/// Its own app: the test replaces the database.
/// </summary>
public sealed class SchemaVersionTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    private const string ForeignMigration = "20200101000000_Initial";

    [Fact]
    public async Task Start_OnADatabaseOfAnotherVersion_RefusesWithTheReason_UnlessItIsTheDemoDatabase()
    {
        await app.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(
            $"INSERT INTO \"__EFMigrationsHistory\" (\"MigrationId\", \"ProductVersion\") VALUES ('{ForeignMigration}', '10.0.0')"));

        using (var strict = app.WithWebHostBuilder(b => b.UseSetting("Fazhi:ResetIncompatibleDemoDatabase", "false")))
        {
            var refused = Should.Throw<Exception>(() => strict.CreateClient());
            refused.ToString().ShouldContain($"架构版本 {ForeignMigration} 不在本版本中");
        }

        (await app.WithDbAsync(db => db.Database.GetAppliedMigrationsAsync())).ShouldContain(ForeignMigration, "a refused start changes nothing");

        using var demo = app.WithWebHostBuilder(b => b.UseSetting("Fazhi:ResetIncompatibleDemoDatabase", "true"));
        demo.CreateClient();
        await using var scope = demo.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<Fazhi.Platform.Tenancy.CurrentTenant>().Value = Fazhi.Platform.Tenancy.TenantContext.System;
        var db = scope.ServiceProvider.GetRequiredService<Fazhi.Platform.Data.FazhiDbContext>();
        (await db.Database.GetAppliedMigrationsAsync()).ShouldNotContain(ForeignMigration);
        (await db.Set<Township>().CountAsync()).ShouldBe(5, "the demo is seeded again");
    }
}
