using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Playwright;

namespace Fazhi.BrowserTests;

/// <summary>
/// Fazhi on a real Kestrel port with its demo data, and headless Chromium from Debian's <c>chromium</c> package driving it.
/// Screenshots go to <c>artifacts/screenshots</c> at the repository root, where CI keeps them. The app runs on a clock
/// the test moves, starting at 2026-11-23 09:00 Beijing time (the day the demo data is written for). The sign-in cookie
/// slides over 8 hours of that clock, so after moving it forward a test signs in again.
/// </summary>
public sealed class BrowserApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly string _dataFolder = Path.Combine(Path.GetTempPath(), "fazhi-browser-" + Guid.NewGuid().ToString("N"));
    private IPlaywright? _playwright;

    public BrowserApp() => UseKestrel(0);

    public IBrowser Browser { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The app's clock: 2026-11-23 09:00 Beijing time unless a test moves it.</summary>
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 23, 1, 0, 0, TimeSpan.Zero));

    /// <summary>Moves the app's clock to 09:00 Beijing time of <paramref name="date"/>.</summary>
    public void AdvanceClockTo(DateOnly date) =>
        Clock.SetUtcNow(new DateTimeOffset(date.ToDateTime(new TimeOnly(1, 0)), TimeSpan.Zero));

    public static string ScreenshotFolder
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Fazhi.slnx")))
            {
                dir = dir.Parent;
            }

            var folder = Path.Combine(dir?.FullName ?? Path.GetTempPath(), "artifacts", "screenshots");
            Directory.CreateDirectory(folder);
            return folder;
        }
    }

    /// <summary>
    /// Chooses in a searchable picker (Tom Select over the <c>select</c> <paramref name="selectId"/>) as a clerk does: types
    /// <paramref name="typed"/> into its search box, waits until the list shows only what matches, clicks the option
    /// showing <paramref name="optionText"/> and sees it chosen.
    /// </summary>
    /// <remarks>
    /// The picker opens with every option and filters them 300 ms after the typing stops (Tom Select's refresh
    /// throttle). A click on the full list can land as it is redrawn and choose a neighbour: the officers' list shows
    /// those who may not be assigned too, the rule refuses them and the form never leaves the page (a CI run timed out
    /// so), so the click waits for the filtered list and the test for the choice.
    /// </remarks>
    public static async Task PickAsync(IPage page, string selectId, string typed, string optionText)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.FillAsync($"{selectId}-ts-control", typed);
        await page.WaitForFunctionAsync(
            """
            ([dropdown, typed, wanted]) => {
              const options = [...document.querySelectorAll(dropdown + ' .option')];
              return options.some(o => o.textContent.includes(wanted)) && options.every(o => o.textContent.includes(typed));
            }
            """,
            new object[] { $"{selectId}-ts-dropdown", typed, optionText });
        await page.Locator($"{selectId}-ts-dropdown .option", new() { HasText = optionText }).First.ClickAsync();
        await page.Locator($"{selectId}-ts-control").Locator("xpath=..").Locator(".item", new() { HasText = optionText }).First
            .WaitForAsync();
    }

    /// <summary>Opens a page in <paramref name="context"/> and signs in through the real login form with the demo password.</summary>
    public static async Task<IPage> SignInAsync(IBrowserContext context, string userName)
    {
        ArgumentNullException.ThrowIfNull(context);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/account/login");
        await page.FillAsync("#Input_UserName", userName);
        await page.FillAsync("#Input_Password", "Fazhi2026demo");
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));
        return page;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Fazhi:DataFolder", _dataFolder);
        builder.UseSetting("Fazhi:SeedDemoData", "true");
        builder.UseSetting("Fazhi:Reports:MakeMissingPdfsAfterStartUp", "false");
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
        });
    }

    public async ValueTask InitializeAsync()
    {
        // Every class starts on a copy of the demo seeded once for the run (ADR 0038): seeding takes half a minute, a
        // copy of the folder a fraction of a second, and each class still has its own database.
        await DemoTemplate.CopyIntoAsync(_dataFolder);
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal));
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            Headless = true,
            ExecutablePath = Environment.GetEnvironmentVariable("FAZHI_CHROMIUM") ?? "/usr/bin/chromium",
            Args = ["--no-sandbox", "--disable-dev-shm-usage"],
        });
    }

    /// <summary>The demo seeded once per run on the same settings and clock, left in a folder that apps copy.</summary>
    private sealed class DemoTemplate : WebApplicationFactory<Program>
    {
        private static readonly SemaphoreSlim Gate = new(1, 1);
        private static string? _folder;
        private readonly string _seedFolder = Path.Combine(Path.GetTempPath(), "fazhi-browser-template-" + Guid.NewGuid().ToString("N"));

        public static async Task CopyIntoAsync(string dataFolder)
        {
            await Gate.WaitAsync();
            try
            {
                if (_folder is null)
                {
                    var seeding = new DemoTemplate();
                    _ = seeding.Server;
                    await seeding.DisposeAsync();
                    // Closing the last connection checkpoints SQLite's write-ahead log into the file that is copied.
                    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                    _folder = seeding._seedFolder;
                    AppDomain.CurrentDomain.ProcessExit += (_, _) => Directory.Delete(seeding._seedFolder, recursive: true);
                }
            }
            finally
            {
                Gate.Release();
            }

            Fazhi.Tests.Shared.SeededFolder.Copy(_folder, dataFolder);
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("Fazhi:DataFolder", _seedFolder);
            builder.UseSetting("Fazhi:SeedDemoData", "true");
            builder.UseSetting("Fazhi:Reports:MakeMissingPdfsAfterStartUp", "false");
            builder.ConfigureServices(services =>
            {
                services.RemoveAll<TimeProvider>();
                services.AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 1, 0, 0, TimeSpan.Zero)));
            });
        }
    }

    public override async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        await base.DisposeAsync();
        try
        {
            Directory.Delete(_dataFolder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by the closing server; the temp folder is cleaned by the OS.
        }

        GC.SuppressFinalize(this);
    }
}
