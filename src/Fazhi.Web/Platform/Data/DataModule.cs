using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Fazhi.Platform.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>Where Fazhi keeps its files and which database it talks to (section <c>Fazhi</c> of configuration).</summary>
public sealed class FazhiStorageOptions
{
    /// <summary>Folder for the SQLite file and the attachment store; relative paths are under the content root.</summary>
    public string DataFolder { get; set; } = "data";

    public DatabaseProvider DatabaseProvider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Seed the demo county, townships, users and records on an empty database.</summary>
    public bool SeedDemoData { get; set; }

    /// <summary>
    /// Only for the demo (<c>./run.sh</c>): a demo database made by a schema this build does not know (the pre-release
    /// Initial migration is regenerated, ADR 0003) is dropped and seeded again instead of refusing to start.
    /// </summary>
    public bool ResetIncompatibleDemoDatabase { get; set; }
}

public static class DataModule
{
    public static IServiceCollection AddFazhiData(this IServiceCollection services, IConfiguration configuration, IWebHostEnvironment environment)
    {
        var storage = configuration.GetSection("Fazhi").Get<FazhiStorageOptions>() ?? new FazhiStorageOptions();
        var dataFolder = Path.GetFullPath(Path.Combine(environment.ContentRootPath, storage.DataFolder));
        Directory.CreateDirectory(dataFolder);
        storage.DataFolder = dataFolder;
        services.AddSingleton(storage);

        // Platform concerns that hook into SaveChanges (the audit trail, ADR 0008) register an IInterceptor; the
        // options are built per scope, so a scoped interceptor sees the request's tenant.
        var connectionString = configuration.GetConnectionString("Fazhi");
        switch (storage.DatabaseProvider)
        {
            case DatabaseProvider.Sqlite:
                var sqlite = SqliteConnectionString(dataFolder, connectionString);
                services.AddDbContext<FazhiDbContext, SqliteFazhiDbContext>((sp, o) => o.UseSqlite(sqlite, s => s.MigrationsAssembly(typeof(FazhiDbContext).Assembly.GetName().Name))
                    .AddInterceptors(sp.GetServices<IInterceptor>()));
                break;
            case DatabaseProvider.Postgres:
                if (string.IsNullOrWhiteSpace(connectionString))
                {
                    throw new InvalidOperationException("Fazhi:DatabaseProvider is Postgres but ConnectionStrings:Fazhi is empty.");
                }

                services.AddDbContext<FazhiDbContext, PostgresFazhiDbContext>((sp, o) => o.UseNpgsql(connectionString)
                    .AddInterceptors(sp.GetServices<IInterceptor>()));
                break;
            default:
                throw new InvalidOperationException($"Unknown database provider {storage.DatabaseProvider}.");
        }

        return services;
    }

    /// <summary>The SQLite database: the configured connection string, or <c>fazhi.db</c> in the data folder.</summary>
    internal static string SqliteConnectionString(string dataFolder, string? configured) =>
        string.IsNullOrWhiteSpace(configured) ? $"Data Source={Path.Combine(dataFolder, "fazhi.db")}" : configured;
}

/// <summary>Design-time factories so `dotnet ef migrations add` builds one migration set per provider (ADR 0003).</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteFazhiDbContext>
{
    public SqliteFazhiDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteFazhiDbContext>().UseSqlite("Data Source=design.db").Options, new Tenancy.CurrentTenant());
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresFazhiDbContext>
{
    public PostgresFazhiDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresFazhiDbContext>().UseNpgsql("Host=localhost;Database=fazhi_design").Options, new Tenancy.CurrentTenant());
}
