using Microsoft.Data.Sqlite;
using Npgsql;

[assembly: AssemblyFixture(typeof(Fazhi.IntegrationTests.Infrastructure.DemoTemplate))]

namespace Fazhi.IntegrationTests.Infrastructure;

/// <summary>
/// The demo, seeded once per test run and copied into every app that starts from it (ADR 0038). Seeding runs every
/// demo seeder through the application's own code and takes half a minute; a copy of its result (the data folder, and
/// on PostgreSQL a database made with <c>CREATE DATABASE … TEMPLATE</c>) takes well under a second, so a hundred test
/// classes no longer seed a hundred times. Each app still has its own database and folder: no test sees another's writes.
/// The copy is taken on the same test clock the app starts on, and the app's start-up still runs the reference seeders,
/// migrations and jobs against it exactly as after any restart.
/// </summary>
public sealed class DemoTemplate : IAsyncDisposable
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static string? _folder;
    private static string? _database;

    /// <summary>Copies the seeded demo into <paramref name="dataFolder"/> and, on PostgreSQL, <paramref name="postgresDatabase"/>.</summary>
    public static async Task CopyIntoAsync(string dataFolder, string? postgresDatabase)
    {
        await EnsureSeededAsync();
        Fazhi.Tests.Shared.SeededFolder.Copy(_folder!, dataFolder);
        if (postgresDatabase is not null)
        {
            await using var connection = new NpgsqlConnection(FazhiApp.PostgresServer + ";Database=postgres");
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{postgresDatabase}\" TEMPLATE \"{_database}\"", connection);
            await create.ExecuteNonQueryAsync();
        }
    }

    private static async Task EnsureSeededAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (_folder is not null)
            {
                return;
            }

            var seeding = new SeedingApp();
            await seeding.InitializeAsync();
            // A request through the whole pipeline, so whatever the first request makes (the key ring) is in the copy.
            (await seeding.Anonymous().GetAsync("/account/login")).EnsureSuccessStatusCode();
            await seeding.DisposeAsync();

            // Closing the last connection checkpoints SQLite's write-ahead log into the file that is copied.
            SqliteConnection.ClearAllPools();
            if (seeding.PostgresDatabase is { } database)
            {
                NpgsqlConnection.ClearAllPools();
                await using var connection = new NpgsqlConnection(FazhiApp.PostgresServer + ";Database=postgres");
                await connection.OpenAsync();
                await using var close = new NpgsqlCommand(
                    $"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{database}' AND pid <> pg_backend_pid()",
                    connection);
                await close.ExecuteNonQueryAsync();
                _database = database;
            }

            _folder = seeding.DataFolder;
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>At the end of the run the template's database and folder go, like every app's.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_database is not null)
        {
            await using var connection = new NpgsqlConnection(FazhiApp.PostgresServer + ";Database=postgres");
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }

        if (_folder is not null && Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    /// <summary>Seeds the demo as every app did before, and leaves its database and folder behind to be copied.</summary>
    private sealed class SeedingApp : FazhiApp
    {
        protected override bool StartsFromDemoTemplate => false;

        protected override bool DropsStorageOnDispose => false;
    }
}
