using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Fazhi.Bench.Data;
using Fazhi.Platform.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

// Scale benchmark: the county pages and the annual reports' Excel for a county of --townships townships with records in
// --years years each, on PostgreSQL. Fazhi runs on real Kestrel over loopback in this process (Production, demo data);
// the generator (bench/Fazhi.Bench.Data) copies the demo townships' records in SQL; then county.reviewer requests each
// page: the first (cold) request, the median of 5 warm ones, the database commands of one request, and a cold request
// again after the figure cache (ADR 0033) is emptied. Printed, never asserted.
// Usage: bench/scale.sh [--townships 2000 --years 5 --connection "Host=…;Database=…" --keep]
var townships = Option("--townships", 2000);
var years = Option("--years", 5);
var keep = args.Contains("--keep");
var server = Environment.GetEnvironmentVariable("FAZHI_TEST_PG") ?? "Host=127.0.0.1;Port=5432;Username=fazhi;Password=fazhi";
var connection = args.SkipWhile(a => a != "--connection").Skip(1).FirstOrDefault();
string? created = null;
if (connection is null)
{
    created = "fazhi_scale_" + Guid.NewGuid().ToString("N")[..12];
    connection = $"{server};Database={created}";
}

var root = new DirectoryInfo(AppContext.BaseDirectory);
while (root is not null && !File.Exists(Path.Combine(root.FullName, "Fazhi.slnx")))
{
    root = root.Parent;
}

Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_FAZHI_WEB", Path.Combine(root?.FullName ?? ".", "src", "Fazhi.Web"));
var dataFolder = Path.Combine(Path.GetTempPath(), "fazhi-bench-scale-" + Guid.NewGuid().ToString("N"));
using var counts = new CommandCounts();

try
{
    await using var app = new ScaleBenchApp(dataFolder, connection, counts);
    var watch = Stopwatch.StartNew();
    app.StartServer();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"Fazhi 已启动并写入演示数据：{watch.Elapsed.TotalSeconds:0.0} s（PostgreSQL {(created is null ? "给定的数据库" : created)}，Kestrel，Production，{Environment.ProcessorCount} 核）"));
    var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()
        .Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal));

    DemoCopies copies;
    using (var scope = app.Services.CreateScope())
    {
        copies = new DemoCopies(scope.ServiceProvider.GetRequiredService<FazhiDbContext>().Model, connection);
    }

    Console.WriteLine($"生成：{townships:N0} 个乡镇 × {years} 个年度（复制演示乡镇的记录，日期与年度逐年前移）");
    var result = await copies.AddTownshipsAsync(townships, years, Console.Out);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"生成完成：{result.Rows:N0} 行，{result.Elapsed.TotalSeconds:0.0} s"));
    foreach (var (table, rows) in result.RowsByTable.OrderByDescending(r => r.Value).ThenBy(r => r.Key, StringComparer.Ordinal))
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {table,-36}{rows,12:N0}"));
    }

    Console.WriteLine("未复制的表：");
    foreach (var skipped in result.Skipped)
    {
        Console.WriteLine("  " + skipped);
    }

    var total = await ScalarAsync(connection, "SELECT count(*) FROM org_townships");
    Console.WriteLine($"乡镇总数：{total:N0}");

    using var county = new HttpClient(new SocketsHttpHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = address, Timeout = TimeSpan.FromMinutes(10) };
    await SignInAsync(county, "county.reviewer");
    var year = DateTime.UtcNow.Year - 1;
    var pages = new (string Name, string Path)[]
    {
        ("督察首页", "/county"),
        ("年度报告", "/county/reports"),
        ("年度报告 Excel", "/county/reports?handler=Excel"),
        ("指标目录", "/county/indicators"),
        ("考核评分", $"/county/assessment?year={year}"),
    };

    Console.WriteLine();
    Console.WriteLine($"{"页面",-14}{"首次 ms",10}{"热 中位 ms",12}{"清缓存后 ms",13}{"数据库命令",10}{"大小 KB",10}  路径");
    var bodies = new Dictionary<string, byte[]>(StringComparer.Ordinal);
    foreach (var (name, path) in pages)
    {
        var (cold, coldCommands, body) = await TimedAsync(county, path);
        bodies[path] = body;
        var warm = new List<double>();
        var warmCommands = 0;
        for (var i = 0; i < 5; i++)
        {
            var (ms, commands, _) = await TimedAsync(county, path);
            warm.Add(ms);
            warmCommands = commands;
        }

        // Cold again: the figures kept under the record stamps are gone, as after a change of a record.
        ((MemoryCache)app.Services.GetRequiredService<IMemoryCache>()).Clear();
        var (cleared, clearedCommands, _) = await TimedAsync(county, path);
        warm.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-14}{cold,10:0}{warm[2],12:0}{cleared,13:0}{$"{coldCommands}/{warmCommands}/{clearedCommands}",12}{body.Length / 1024,10:N0}  {path}"));
    }

    Console.WriteLine("（数据库命令：首次/热/清缓存后）");

    // A save in one township, as happens all day: its stamp changes (what every save does, in the save's transaction),
    // so its figures are computed again; the other townships' are found kept (ADR 0039).
    foreach (var (name, path) in pages)
    {
        await TimedAsync(county, path);
    }

    Console.WriteLine();
    Console.WriteLine($"{"一个乡镇保存后",-14}{"ms",10}{"数据库命令",10}  路径");
    foreach (var (name, path) in pages)
    {
        await ScalarAsync(connection, "WITH one AS (SELECT \"TownshipId\" FROM web_record_stamps WHERE \"TownshipId\" <> '00000000-0000-0000-0000-000000000000' ORDER BY random() LIMIT 1) " +
            "UPDATE web_record_stamps SET \"Stamp\" = gen_random_uuid() WHERE \"TownshipId\" IN (SELECT \"TownshipId\" FROM one) RETURNING 1");
        var (ms, commands, _) = await TimedAsync(county, path);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-14}{ms,10:0}{commands,10}  {path}"));
    }

    // After a start or a midnight: FiguresWarmUp computes what the pages show before the first visit (off above, so that
    // the columns before measure the pages computing for themselves).
    ((MemoryCache)app.Services.GetRequiredService<IMemoryCache>()).Clear();
    var warming = Stopwatch.StartNew();
    var warmedTownships = await app.Services.GetRequiredService<Fazhi.Modules.County.Figures.FiguresWarmUp>().RunOnceAsync(CancellationToken.None);
    Console.WriteLine();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"预先计算（FiguresWarmUp，{warmedTownships:N0} 个乡镇 × {Fazhi.Modules.County.Figures.FiguresWarmUp.Years} 个年度）：{warming.Elapsed.TotalSeconds:0.0} s；之后首次打开："));
    foreach (var (name, path) in pages)
    {
        var (ms, commands, _) = await TimedAsync(county, path);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-14}{ms,10:0}{commands,10}  {path}"));
    }

    // What the cold pages spend their time on: each indicator source asked once for every township, not kept, as the
    // county reviewer reads (the tenant filter lists every township), for the dashboard's year and the reports' year.
    Console.WriteLine();
    Console.WriteLine($"{"指标来源（全部乡镇，一次，不经缓存）",-44}{"年度",6}{"ms",10}{"数据库命令",10}");
    using (var scope = app.Services.CreateScope())
    {
        var db = scope.ServiceProvider.GetRequiredService<FazhiDbContext>();
        // One county: the demo's and its generated townships (the generator adds to the demo county).
        var townshipsOfCounty = new List<(Guid Id, Guid County)>();
        await using (var read = new NpgsqlConnection(connection))
        {
            await read.OpenAsync();
            await using var command = new NpgsqlCommand("SELECT \"Id\", \"CountyId\" FROM org_townships", read);
            await using var rows = await command.ExecuteReaderAsync();
            while (await rows.ReadAsync())
            {
                townshipsOfCounty.Add((rows.GetGuid(0), rows.GetGuid(1)));
            }
        }

        var countyId = townshipsOfCounty.GroupBy(t => t.County).MaxBy(g => g.Count())!.Key;
        var all = townshipsOfCounty.Where(t => t.County == countyId).Select(t => t.Id).ToList();
        var reader = Fazhi.Platform.Tenancy.TenantContext.ForCounty(Guid.NewGuid(), "bench", countyId, all);
        var asked = scope.ServiceProvider.GetServices<Fazhi.Modules.Reports.Contracts.IIndicatorSource>()
            .Select(s => (s.GetType().Name, (Func<int, Task>)(y => s.ForTownshipsAsync(all, y, CancellationToken.None))))
            .Concat(scope.ServiceProvider.GetServices<Fazhi.Modules.Reports.Contracts.IIndicatorGroupsSource>()
                .Select(s => (s.GetType().Name, (Func<int, Task>)(y => s.ForTownshipsAsync(all, y, CancellationToken.None)))));
        var sum = new Dictionary<int, double>();
        foreach (var (name, ask) in asked)
        {
            foreach (var y in new[] { year + 1, year })
            {
                db.ChangeTracker.Clear();
                var started = Stopwatch.GetTimestamp();
                var commands = await counts.MeasureAsync(() => db.AsTenantAsync(reader, async () => { await ask(y); return true; }));
                var ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                sum[y] = sum.GetValueOrDefault(y) + ms;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-44}{y,6}{ms,10:0}{commands,10}"));
            }
        }

        foreach (var (y, ms) in sum)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"合计",-44}{y,6}{ms,10:0}"));
        }
    }

    // The proof that the pages cover every township: the dashboard counts them all (its tables page through them,
    // 50 a page), and the reports page and its Excel list each township.
    var dashboard = System.Text.Encoding.UTF8.GetString(bodies["/county"]);
    var counted = Regex.Match(dashboard, "全县 (\\d+) 个乡镇");
    Console.WriteLine($"核对：督察首页计入的乡镇 {(counted.Success ? int.Parse(counted.Groups[1].Value, CultureInfo.InvariantCulture) : 0):N0} 个（应为 {total:N0}），页面 {bodies["/county"].Length / 1024:N0} KB，年度报告 Excel {bodies["/county/reports?handler=Excel"].Length / 1024:N0} KB");
    var reports = System.Text.Encoding.UTF8.GetString(bodies["/county/reports"]);
    var listed = Regex.Match(reports, "共 (\\d+) 个乡镇");
    Console.WriteLine($"核对：年度报告页计入的乡镇 {(listed.Success ? int.Parse(listed.Groups[1].Value, CultureInfo.InvariantCulture) : 0):N0} 个（应为 {total:N0}），页面 {bodies["/county/reports"].Length / 1024:N0} KB");
}
finally
{
    if (created is not null && !keep)
    {
        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(server + ";Database=postgres");
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{created}\" WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync();
    }
    else if (created is not null)
    {
        Console.WriteLine($"数据库保留：{connection}");
    }

    try
    {
        Directory.Delete(dataFolder, recursive: true);
    }
    catch (IOException)
    {
    }
}

async Task<(double Ms, int Commands, byte[] Body)> TimedAsync(HttpClient client, string path)
{
    var id = Guid.NewGuid().ToString("N");
    using var request = new HttpRequestMessage(HttpMethod.Get, path);
    request.Headers.Add(CommandCounts.Header, id);
    var started = Stopwatch.GetTimestamp();
    using var response = await client.SendAsync(request);
    var body = await response.Content.ReadAsByteArrayAsync();
    var ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    if (response.StatusCode != HttpStatusCode.OK)
    {
        throw new InvalidOperationException($"{path} answered {(int)response.StatusCode}");
    }

    return (ms, await counts.TakeAsync(id), body);
}

static async Task<long> ScalarAsync(string connectionString, string sql)
{
    await using var connection = new NpgsqlConnection(connectionString);
    await connection.OpenAsync();
    await using var command = new NpgsqlCommand(sql, connection);
    return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
}

static async Task SignInAsync(HttpClient client, string userName)
{
    var html = await client.GetStringAsync("/account/login");
    var token = Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
    using var form = new FormUrlEncodedContent(new Dictionary<string, string>
    {
        ["Input.UserName"] = userName,
        ["Input.Password"] = "Fazhi2026demo",
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
    return value is not null && int.TryParse(value, CultureInfo.InvariantCulture, out var n) && n >= 0 ? n : fallback;
}

/// <summary>
/// EF Core's commands per request: a middleware counts the commands of a request that carries the bench's header (on
/// the request's own flow; background sweeps run on their own flows), and keeps the count for the bench to take.
/// </summary>
internal sealed class CommandCounts : IDisposable
{
    public const string Header = "X-Bench-Request";

    private readonly Fazhi.Tests.Shared.CommandTally _tally = new();
    private readonly ConcurrentDictionary<string, int> _done = new(StringComparer.Ordinal);

    public async Task Count(HttpContext context, RequestDelegate next)
    {
        if (!context.Request.Headers.TryGetValue(Header, out var id))
        {
            await next(context);
            return;
        }

        _done[id.ToString()] = await _tally.CountAsync(() => next(context));
    }

    /// <summary>The commands <paramref name="work"/> runs on this flow (outside any request).</summary>
    public Task<int> MeasureAsync(Func<Task> work) => _tally.CountAsync(work);

    /// <summary>The count of a finished request (the middleware writes it just after the last byte of the answer).</summary>
    public async Task<int> TakeAsync(string id)
    {
        for (var i = 0; i < 200; i++)
        {
            if (_done.TryRemove(id, out var n))
            {
                return n;
            }

            await Task.Delay(10);
        }

        return -1;
    }

    public void Dispose() => _tally.Dispose();
}

/// <summary>Fazhi with its demo data on PostgreSQL and a real port, as a county installs it.</summary>
internal sealed class ScaleBenchApp : WebApplicationFactory<FazhiDbContext>
{
    private readonly string _dataFolder;
    private readonly string _connection;
    private readonly CommandCounts _counts;

    public ScaleBenchApp(string dataFolder, string connection, CommandCounts counts)
    {
        _dataFolder = dataFolder;
        _connection = connection;
        _counts = counts;
        UseKestrel(0);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Fazhi:DataFolder", _dataFolder);
        builder.UseSetting("Fazhi:SeedDemoData", "true");
        builder.UseSetting("Fazhi:DatabaseProvider", "Postgres");
        builder.UseSetting("ConnectionStrings:Fazhi", _connection);
        // LibreOffice takes seconds per report; the demo's report PDFs are not what this bench measures.
        builder.UseSetting("Fazhi:Reports:MakeMissingPdfsAfterStartUp", "false");
        builder.UseSetting("Fazhi:Security:RateLimits:SignIn:PermitLimit", "1000");
        // The columns measure the pages computing for themselves; the warm-up is timed on its own at the end.
        builder.UseSetting("Fazhi:County:WarmUpFigures", "false");
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter>(new CountingStartup(_counts)));
    }

    private sealed class CountingStartup(CommandCounts counts) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(counts.Count);
            next(app);
        };
    }
}
