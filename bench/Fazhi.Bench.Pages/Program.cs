using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Fazhi.Platform.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

// Page-throughput benchmark (issue 11 item 7): requests per second of the main portal, workspace and county pages as a
// ratio to /healthz measured in the same run on the same machine, so the figure means "how much heavier than doing
// nothing" whatever the machine. Printed, never asserted. Fazhi runs on real Kestrel over loopback in this process with
// its demo data on SQLite (Production environment); each page is hit by --clients loops for --seconds after a warm-up.
// Usage: dotnet run -c Release --project bench/Fazhi.Bench.Pages [-- --seconds 5 --clients 8 --only 工作台]
// With --url http://127.0.0.1:8090 it measures a Fazhi already running there with the demo data instead (bench/cluster.sh:
// one and two instances behind nginx) and counts which instance answered (X-Fazhi-Instance).
// With --postgres it runs on a fresh PostgreSQL database of the local cluster (FAZHI_TEST_PG, as the tests), dropped after;
// with --postgres --scale 10 the demo townships hold ten times their records (bench/Fazhi.Bench.Data: nine copies of
// each township's records in the township itself, numbers suffixed "-n"), to see how the pages grow with the records.
var seconds = Option("--seconds", 5);
var clients = Option("--clients", 8);
var only = args.SkipWhile(a => a != "--only").Skip(1).FirstOrDefault();
var url = args.SkipWhile(a => a != "--url").Skip(1).FirstOrDefault();
var scale = Option("--scale", 1);
var postgresServer = Environment.GetEnvironmentVariable("FAZHI_TEST_PG") ?? "Host=127.0.0.1;Port=5432;Username=fazhi;Password=fazhi";
var postgresDatabase = args.Contains("--postgres") ? "fazhi_pages_" + Guid.NewGuid().ToString("N")[..12] : null;
if (scale > 1 && postgresDatabase is null)
{
    Console.Error.WriteLine("--scale needs --postgres: the data generator copies records in PostgreSQL's SQL.");
    return 2;
}

var answeredBy = new System.Collections.Concurrent.ConcurrentDictionary<string, int>(StringComparer.Ordinal);
const string DemoPassword = "Fazhi2026demo";
const string Township = "990100101000"; // 小江镇, the demo township with the most records

var root = new DirectoryInfo(AppContext.BaseDirectory);
while (root is not null && !File.Exists(Path.Combine(root.FullName, "Fazhi.slnx")))
{
    root = root.Parent;
}

Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_FAZHI_WEB", Path.Combine(root?.FullName ?? ".", "src", "Fazhi.Web"));
var dataFolder = Path.Combine(Path.GetTempPath(), "fazhi-bench-pages-" + Guid.NewGuid().ToString("N"));
AppDomain.CurrentDomain.ProcessExit += (_, _) =>
{
    if (postgresDatabase is not null)
    {
        Npgsql.NpgsqlConnection.ClearAllPools();
        using var admin = new Npgsql.NpgsqlConnection(postgresServer + ";Database=postgres");
        admin.Open();
        using var drop = new Npgsql.NpgsqlCommand($"DROP DATABASE IF EXISTS \"{postgresDatabase}\" WITH (FORCE)", admin);
        drop.ExecuteNonQuery();
    }

    try
    {
        Directory.Delete(dataFolder, recursive: true);
    }
    catch (IOException)
    {
    }
};

await using var app = url is null ? new PagesBenchApp(dataFolder, postgresDatabase is null ? null : $"{postgresServer};Database={postgresDatabase}") : null;
Uri address;
if (app is null)
{
    address = new Uri(url!);
    Console.WriteLine($"Fazhi running at {address}; {clients} clients × {seconds} s per page, {Environment.ProcessorCount} cores");
}
else
{
    app.StartServer();
    address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()
        .Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal));
    Console.WriteLine($"Fazhi on {address} (Kestrel, Production, demo data on {(postgresDatabase is null ? "SQLite" : "PostgreSQL")}); {clients} clients × {seconds} s per page, {Environment.ProcessorCount} cores");
    if (scale > 1)
    {
        Fazhi.Bench.Data.DemoCopies copies;
        using (var scope = app.Services.CreateScope())
        {
            copies = new Fazhi.Bench.Data.DemoCopies(scope.ServiceProvider.GetRequiredService<FazhiDbContext>().Model, $"{postgresServer};Database={postgresDatabase}");
        }

        var made = await copies.MultiplyInPlaceAsync(scale);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"×{scale}: {made.Rows:N0} rows copied into the demo townships in {made.Elapsed.TotalSeconds:0.0} s (not copied: {string.Join("; ", made.Skipped)})"));
    }
}

using var anonymous = NewClient();
using var clerk = NewClient();
using var county = NewClient();
await SignInAsync(clerk, "xiaojiang.clerk");
await SignInAsync(county, "county.reviewer");

var pages = new (string Name, HttpClient Client, string Path)[]
{
    ("健康检查（基准）", anonymous, "/healthz"),
    ("门户首页", anonymous, "/"),
    ("乡镇门户首页", anonymous, $"/t/{Township}"),
    ("规范性文件库", anonymous, $"/t/{Township}/documents"),
    ("权责清单", anonymous, $"/t/{Township}/enforcement/powers"),
    ("政府信息公开目录", anonymous, $"/t/{Township}/disclosure/catalogue"),
    ("工作台首页", clerk, "/workspace"),
    ("期限台账", clerk, "/workspace/deadlines"),
    ("规范性文件台账", clerk, "/workspace/documents"),
    ("执法案件", clerk, "/workspace/enforcement/cases?year=2022"),
    ("执法投诉", clerk, "/workspace/enforcement/complaints"),
    ("县级督察台", county, "/county"),
    ("县级年度报告", county, "/county/reports"),
    ("县级期限", county, "/county/deadlines"),
};

double? baseline = null;
Console.WriteLine();
Console.WriteLine($"{"页面",-12}{"请求/秒",10}{"占 /healthz",12}{"中位耗时 ms",14}  路径");
foreach (var (name, client, path) in pages)
{
    if (only is not null && baseline is not null && !name.Contains(only, StringComparison.Ordinal))
    {
        continue;
    }

    var result = await MeasureAsync(client, path);
    baseline ??= result.PerSecond;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{name,-12}{result.PerSecond,10:0.0}{result.PerSecond / baseline.Value,11:0%}{result.MedianMs,14:0.0}  {path}{(result.Failures > 0 ? $"  ({result.Failures} 次非 200)" : "")}"));
}

if (!answeredBy.IsEmpty)
{
    Console.WriteLine("应答实例（X-Fazhi-Instance）：" + string.Join("，", answeredBy.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key} {p.Value} 次")));
}

async Task<Measurement> MeasureAsync(HttpClient client, string path)
{
    for (var i = 0; i < 10; i++)
    {
        using var warm = await client.GetAsync(path);
        if (warm.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"{path} answered {(int)warm.StatusCode} during the warm-up");
        }

        await warm.Content.ReadAsByteArrayAsync();
    }

    var until = Stopwatch.GetTimestamp() + (long)(seconds * Stopwatch.Frequency);
    var latencies = new List<double>[clients];
    var failures = 0;
    var watch = Stopwatch.StartNew();
    await Task.WhenAll(Enumerable.Range(0, clients).Select(c => Task.Run(async () =>
    {
        var own = latencies[c] = [];
        while (Stopwatch.GetTimestamp() < until)
        {
            var started = Stopwatch.GetTimestamp();
            using var response = await client.GetAsync(path);
            await response.Content.ReadAsByteArrayAsync();
            if (response.Headers.TryGetValues("X-Fazhi-Instance", out var instance))
            {
                answeredBy.AddOrUpdate(instance.First(), 1, (_, n) => n + 1);
            }

            if (response.StatusCode == HttpStatusCode.OK)
            {
                own.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
            else
            {
                Interlocked.Increment(ref failures);
            }
        }
    })));
    var all = latencies.SelectMany(l => l).Order().ToList();
    return new Measurement(all.Count / watch.Elapsed.TotalSeconds, all.Count == 0 ? 0 : all[all.Count / 2], failures);
}

HttpClient NewClient() => new(new SocketsHttpHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false, MaxConnectionsPerServer = 64 })
{
    BaseAddress = address,
};

static async Task SignInAsync(HttpClient client, string userName)
{
    var html = await client.GetStringAsync("/account/login");
    var token = Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
    using var form = new FormUrlEncodedContent(new Dictionary<string, string>
    {
        ["Input.UserName"] = userName,
        ["Input.Password"] = DemoPassword,
        ["__RequestVerificationToken"] = token,
    });
    using var response = await client.PostAsync("/account/login", form);
    if (response.StatusCode != HttpStatusCode.Redirect)
    {
        throw new InvalidOperationException($"Sign-in as {userName} answered {(int)response.StatusCode}, not a redirect");
    }
}

int Option(string name, int fallback)
{
    var value = args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
    return value is not null && int.TryParse(value, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : fallback;
}

return 0;

internal sealed record Measurement(double PerSecond, double MedianMs, int Failures);

/// <summary>Fazhi with its demo data on a real port, as a county installs it.</summary>
internal sealed class PagesBenchApp : WebApplicationFactory<FazhiDbContext>
{
    private readonly string _dataFolder;
    private readonly string? _postgres;

    public PagesBenchApp(string dataFolder, string? postgres)
    {
        _dataFolder = dataFolder;
        _postgres = postgres;
        UseKestrel(0);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Fazhi:DataFolder", _dataFolder);
        builder.UseSetting("Fazhi:SeedDemoData", "true");
        builder.UseSetting("Fazhi:Security:RateLimits:SignIn:PermitLimit", "1000");
        if (_postgres is not null)
        {
            builder.UseSetting("Fazhi:DatabaseProvider", "Postgres");
            builder.UseSetting("ConnectionStrings:Fazhi", _postgres);
        }
    }
}
