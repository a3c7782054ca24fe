using System.Net;
using System.Text.RegularExpressions;
using Fazhi.Platform.Data;
using Fazhi.Platform.Tenancy;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace Fazhi.IntegrationTests.Infrastructure;

/// <summary>
/// Fazhi hosted in memory with the demo data, on SQLite or on a real PostgreSQL server (FAZHI_TEST_DB=postgres), with a
/// clock the test moves. Each instance has its own data folder and database.
/// </summary>
public partial class FazhiApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    /// <summary>The demo password of every demo account.</summary>
    public const string DemoPassword = "Fazhi2026demo";

    private readonly string _dataFolder;
    private readonly string? _postgresDatabase;
    private readonly bool _seedDemoData;

    public FazhiApp()
        : this(NewDataFolder(), UsesPostgres ? NewPostgresDatabase() : null, seedDemoData: true)
    {
    }

    /// <summary>An app on the given data folder and PostgreSQL database (e.g. one a restore has just filled).</summary>
    protected FazhiApp(string dataFolder, string? postgresDatabase, bool seedDemoData)
    {
        _dataFolder = dataFolder;
        _postgresDatabase = postgresDatabase;
        _seedDemoData = seedDemoData;
    }

    /// <summary>Test clock: 2026-11-23 09:00 Beijing time unless a test moves it.</summary>
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 23, 1, 0, 0, TimeSpan.Zero));

    public static bool UsesPostgres =>
        string.Equals(Environment.GetEnvironmentVariable("FAZHI_TEST_DB"), "postgres", StringComparison.OrdinalIgnoreCase);

    public static string PostgresServer =>
        Environment.GetEnvironmentVariable("FAZHI_TEST_PG") ?? "Host=127.0.0.1;Port=5432;Username=fazhi;Password=fazhi";

    public string DataFolder => _dataFolder;

    /// <summary>The PostgreSQL database of this app, or null on SQLite.</summary>
    public string? PostgresDatabase => _postgresDatabase;

    /// <summary>The settings that point a process at this app's database and data folder, as environment variables.</summary>
    public IReadOnlyDictionary<string, string> StorageEnvironment => new Dictionary<string, string>
    {
        ["Fazhi__DataFolder"] = _dataFolder,
        ["Fazhi__DatabaseProvider"] = _postgresDatabase is null ? "Sqlite" : "Postgres",
        ["ConnectionStrings__Fazhi"] = _postgresDatabase is null ? "" : $"{PostgresServer};Database={_postgresDatabase}",
    };

    public static string NewDataFolder() => Path.Combine(Path.GetTempPath(), "fazhi-tests", Guid.NewGuid().ToString("N"));

    public static string NewPostgresDatabase() => "fazhi_test_" + Guid.NewGuid().ToString("N")[..12];

    /// <summary>
    /// Settings of this app on top of the defaults. Every test app allows far more requests than the production limits
    /// (issue 13 §1), because tests post quickly from one address as few users; the security tests set their own.
    /// </summary>
    protected virtual IEnumerable<KeyValuePair<string, string>> Settings => [];

    /// <summary>
    /// Whether this app starts on a copy of the demo seeded once for the run (<see cref="DemoTemplate"/>) instead of
    /// seeding its own. An app whose settings change what the demo seeds (where attachments are stored) says no.
    /// </summary>
    protected virtual bool StartsFromDemoTemplate => _seedDemoData;

    /// <summary>Whether disposing the app drops its database and deletes its folder (the template keeps them).</summary>
    protected virtual bool DropsStorageOnDispose => true;

    /// <summary>Services a test app replaces, after the app's own.</summary>
    protected virtual void ConfigureTestServices(IServiceCollection services)
    {
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Fazhi:DataFolder", _dataFolder);
        builder.UseSetting("Fazhi:SeedDemoData", _seedDemoData ? "true" : "false");
        if (_postgresDatabase is not null)
        {
            builder.UseSetting("Fazhi:DatabaseProvider", "Postgres");
            builder.UseSetting("ConnectionStrings:Fazhi", $"{PostgresServer};Database={_postgresDatabase}");
        }

        // LibreOffice takes seconds per report: the PDFs of the demo's published reports are made after start-up only
        // in the class that proves it (ADR 0025).
        builder.UseSetting("Fazhi:Reports:MakeMissingPdfsAfterStartUp", "false");
        foreach (var partition in new[] { "AnonymousSubmissions", "SignIn", "Writes" })
        {
            builder.UseSetting($"Fazhi:Security:RateLimits:{partition}:PermitLimit", "1000000");
        }

        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
            ConfigureTestServices(services);
        });
    }

    public async ValueTask InitializeAsync()
    {
        if (StartsFromDemoTemplate)
        {
            await DemoTemplate.CopyIntoAsync(_dataFolder, _postgresDatabase);
        }

        // Building the server runs migrations and the seeders (the demo's only into an empty database).
        _ = Server;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (!DropsStorageOnDispose)
        {
            GC.SuppressFinalize(this);
            return;
        }

        if (_postgresDatabase is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(PostgresServer + ";Database=postgres");
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_postgresDatabase}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }

        try
        {
            Directory.Delete(_dataFolder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by the OS is harmless in a temp folder.
        }

        GC.SuppressFinalize(this);
    }

    /// <summary>Moves the test clock to 09:00 Beijing time of <paramref name="date"/>.</summary>
    public void AdvanceClockTo(DateOnly date) =>
        Clock.SetUtcNow(new DateTimeOffset(date.ToDateTime(new TimeOnly(1, 0)), TimeSpan.Zero));

    /// <summary>A client with no session: a visitor of the portal.</summary>
    public HttpClient Anonymous() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>
    /// A client signed in as a demo user, e.g. <c>xiaojiang.clerk</c>: through the real login form the first time, and
    /// afterwards with its own cookie jar holding the session that sign-in gave, for as long as a new sign-in would give
    /// the same one (<see cref="KeptSession"/>).
    /// </summary>
    public async Task<HttpClient> ClientForAsync(string userName, string password = DemoPassword)
    {
        if (_sessions.TryGetValue(userName, out var kept) && kept.Password == password && await IsStillGoodAsync(userName, kept))
        {
            var container = new CookieContainer();
            foreach (var cookie in kept.Cookies)
            {
                container.SetCookies(ClientOptions.BaseAddress, cookie);
            }

            return CreateDefaultClient(ClientOptions.BaseAddress, new CookieContainerHandler(container));
        }

        var client = Anonymous();
        var response = await SignInAsync(client, userName, password);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in as {userName} failed: {(int)response.StatusCode}");
        }

        var session = response.Headers.TryGetValues("Set-Cookie", out var set)
            ? set.Where(c => c.StartsWith(SessionCookie, StringComparison.Ordinal)).ToArray()
            : [];
        if (session.Length > 0)
        {
            _sessions[userName] = new KeptSession(password, session, await AccountStampAsync(userName), Clock.GetUtcNow());
        }

        return client;
    }

    /// <summary>
    /// A session this app gave a demo user at sign-in. The password hash check of a sign-in takes tens of milliseconds
    /// by design and a test class signs the same users in again and again, so the session is handed on while it is
    /// what a new sign-in would give: the account's security stamp unchanged and not disabled (every sign-out, password,
    /// role or township change gives a new stamp, which is what <c>SessionValidator</c> checks on each request), and the
    /// test clock at most an hour past the sign-in (the cookie slides over eight hours of it).
    /// </summary>
    private sealed record KeptSession(string Password, string[] Cookies, string? SecurityStamp, DateTimeOffset SignedInAt);

    /// <summary>The sign-in cookie's name (<c>AuthModule</c>), and the prefix of its chunks if it is ever split.</summary>
    private const string SessionCookie = "fazhi.auth";

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, KeptSession> _sessions = new(StringComparer.Ordinal);

    private async Task<bool> IsStillGoodAsync(string userName, KeptSession kept)
    {
        var age = Clock.GetUtcNow() - kept.SignedInAt;
        return age >= TimeSpan.Zero && age <= TimeSpan.FromHours(1)
            && kept.SecurityStamp is not null && await AccountStampAsync(userName) == kept.SecurityStamp;
    }

    /// <summary>The account's security stamp, or null when it is missing or disabled.</summary>
    private Task<string?> AccountStampAsync(string userName) =>
        WithDbAsync(db => db.Users.AsNoTracking()
            .Where(u => u.UserName == userName && !u.IsDisabled)
            .Select(u => u.SecurityStamp)
            .SingleOrDefaultAsync());

    /// <summary>Posts the login form and returns the raw answer (302 on success, 200 with errors on failure).</summary>
    public static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string userName, string password)
    {
        ArgumentNullException.ThrowIfNull(client);
        var token = await AntiforgeryTokenAsync(client, "/account/login");
        return await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.UserName"] = userName,
            ["Input.Password"] = password,
            ["__RequestVerificationToken"] = token,
        }));
    }

    /// <summary>Reads the antiforgery token from a form page, as a browser would submit it.</summary>
    public static async Task<string> AntiforgeryTokenAsync(HttpClient client, string pagePath)
    {
        ArgumentNullException.ThrowIfNull(client);
        var html = await client.GetStringAsync(pagePath);
        var match = TokenPattern().Match(html);
        return match.Success ? match.Groups[1].Value : throw new InvalidOperationException($"No antiforgery token on {pagePath}");
    }

    /// <summary>Runs <paramref name="work"/> with a database context acting as the system (no tenant filter).</summary>
    public async Task<T> WithDbAsync<T>(Func<FazhiDbContext, Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        await using var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentTenant>().Value = TenantContext.System;
        return await work(scope.ServiceProvider.GetRequiredService<FazhiDbContext>());
    }

    /// <summary>Runs <paramref name="work"/> in a service scope acting as the given tenant.</summary>
    public async Task<T> InScopeAsync<T>(TenantContext tenant, Func<IServiceProvider, Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        await using var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentTenant>().Value = tenant;
        return await work(scope.ServiceProvider);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
