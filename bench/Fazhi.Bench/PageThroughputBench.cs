using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Fazhi.Modules.Enforcement;
using Fazhi.Modules.Enforcement.Cases;
using Fazhi.Modules.Enforcement.Officers;
using Fazhi.Modules.Enforcement.Powers;
using Fazhi.Modules.Organization;
using Fazhi.Modules.Organization.Demo;
using Fazhi.Platform.Data;
using Fazhi.Platform.Deadlines;
using Fazhi.Platform.Tenancy;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

/// <summary>
/// Page throughput (issue 11 §7): the app on Kestrel over a real socket with the demo data, every main portal,
/// workspace and county page fetched by <c>concurrency</c> clients for <c>seconds</c>, each page's requests per second
/// printed beside <c>/healthz</c> measured in the same run, as a ratio. <c>--scale 10</c> adds nine more copies of
/// every township's enforcement cases, each with its running decision period on the deadline board, so the case list,
/// the board and the figures read ten times the records (the other registers keep the demo size).
/// Run: <c>dotnet run -c Release --project bench/Fazhi.Bench -- pages [--seconds 5] [--concurrency 8] [--scale 10]</c>.
/// </summary>
internal static partial class PageThroughputBench
{
    private const string DemoPassword = DemoOrganizationSeeder.DemoPassword;

    public static async Task RunAsync(string[] args)
    {
        var seconds = Option(args, "--seconds", 5);
        var concurrency = Option(args, "--concurrency", 8);
        var scale = Option(args, "--scale", 1);
        var dataFolder = Path.Combine(Path.GetTempPath(), "fazhi-bench-pages-" + Guid.NewGuid().ToString("N"));
        try
        {
            await using var factory = new WebApplicationFactory<FazhiDbContext>().WithWebHostBuilder(b =>
            {
                b.UseEnvironment("Production");
                b.UseSetting("Fazhi:DataFolder", dataFolder);
                b.UseSetting("Fazhi:SeedDemoData", "true");
            });
            factory.UseKestrel(k => k.Listen(System.Net.IPAddress.Loopback, 0));
            factory.StartServer();
            var address = factory.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
                .Features.Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()!.Addresses.First();
            if (scale > 1)
            {
                var added = await ScaleCasesAsync(factory.Services, scale);
                Console.WriteLine($"--scale {scale}: added {added:N0} enforcement cases with their decision periods");
            }

            var code = await InScopeAsync(factory.Services, sp => sp.GetRequiredService<FazhiDbContext>().Set<Township>()
                .Where(t => t.DivisionCode == "990100101000").Select(t => t.DivisionCode).SingleAsync());
            (string Label, string User, string Path)[] pages =
            [
                ("门户首页", "", "/"),
                ("乡镇门户首页", "", $"/t/{code}"),
                ("规范性文件库", "", $"/t/{code}/documents"),
                ("执法事前公示（权责清单）", "", $"/t/{code}/enforcement/powers"),
                ("工作台（待办与预警）", "xiaojiang.clerk", "/workspace"),
                ("期限台账", "xiaojiang.clerk", "/workspace/deadlines"),
                ("规范性文件台账", "xiaojiang.clerk", "/workspace/documents"),
                ("执法案件列表", "xiaojiang.clerk", "/workspace/enforcement/cases"),
                ("权责清单（工作台）", "xiaojiang.clerk", "/workspace/enforcement/powers"),
                ("投诉举报", "xiaojiang.clerk", "/workspace/enforcement/complaints"),
                ("县级工作台", "county.reviewer", "/county"),
                ("县级期限看板", "county.reviewer", "/county/deadlines"),
                ("县级年度报告", "county.reviewer", "/county/reports"),
            ];

            var clients = new Dictionary<string, HttpClient[]>(StringComparer.Ordinal);
            foreach (var user in pages.Select(p => p.User).Append("").Distinct())
            {
                var list = new HttpClient[concurrency];
                for (var i = 0; i < concurrency; i++)
                {
                    list[i] = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = new Uri(address) });
                    if (user.Length > 0)
                    {
                        await SignInAsync(list[i], user);
                    }
                }

                clients[user] = list;
            }

            Console.WriteLine($"{concurrency} concurrent clients, {seconds} s per page, {Environment.ProcessorCount} cores, SQLite, demo data{(scale > 1 ? $" + cases ×{scale}" : "")}");
            var health = await MeasureAsync(clients[""], "/healthz", seconds);
            Console.WriteLine($"{"/healthz",-34} {health,8:0} req/s   100%");
            foreach (var (label, user, path) in pages)
            {
                var rps = await MeasureAsync(clients[user], path, seconds);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{label + " " + path,-34} {rps,8:0} req/s {rps / health,6:P0}"));
            }

            foreach (var client in clients.Values.SelectMany(c => c))
            {
                client.Dispose();
            }
        }
        finally
        {
            try
            {
                Directory.Delete(dataFolder, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    /// <summary>Requests per second of <paramref name="path"/>: every client loops for the period; non-200 answers stop the run.</summary>
    private static async Task<double> MeasureAsync(HttpClient[] clients, string path, int seconds)
    {
        // Warm-up: the first request of a page compiles its view and its queries.
        (await clients[0].GetAsync(path)).EnsureSuccessStatusCode();
        var count = 0L;
        var stopwatch = Stopwatch.StartNew();
        var until = TimeSpan.FromSeconds(seconds);
        await Task.WhenAll(clients.Select(async client =>
        {
            while (stopwatch.Elapsed < until)
            {
                using var response = await client.GetAsync(path, HttpCompletionOption.ResponseContentRead);
                if ((int)response.StatusCode != 200)
                {
                    throw new InvalidOperationException($"{path}: {(int)response.StatusCode}");
                }

                Interlocked.Increment(ref count);
            }
        }));
        return count / stopwatch.Elapsed.TotalSeconds;
    }

    private static async Task SignInAsync(HttpClient client, string userName)
    {
        var html = await client.GetStringAsync("/account/login");
        var token = TokenPattern().Match(html).Groups[1].Value;
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.UserName"] = userName,
            ["Input.Password"] = DemoPassword,
            ["__RequestVerificationToken"] = token,
        });
        var response = await client.PostAsync("/account/login", form);
        if ((int)response.StatusCode != 302)
        {
            throw new InvalidOperationException($"Sign-in as {userName} failed: {(int)response.StatusCode}");
        }
    }

    /// <summary>
    /// Files (scale − 1) more cases for each demo case of each township, through the aggregate, and opens each one's
    /// decision period on the board through <see cref="IDeadlines"/>, as the filing step does.
    /// </summary>
    private static async Task<int> ScaleCasesAsync(IServiceProvider services, int scale)
    {
        var townships = await InScopeAsync(services, sp => sp.GetRequiredService<FazhiDbContext>().Set<Township>().Select(t => t.Id).ToListAsync());
        var added = 0;
        foreach (var townshipId in townships)
        {
            added += await InScopeAsync(services, async sp =>
            {
                var db = sp.GetRequiredService<FazhiDbContext>();
                var deadlines = sp.GetRequiredService<IDeadlines>();
                var options = sp.GetRequiredService<IOptions<EnforcementOptions>>().Value;
                var demoCases = await db.Set<EnforcementCase>().IgnoreAutoIncludes().CountAsync(c => c.TownshipId == townshipId);
                var power = await db.Set<PowerItem>().Where(p => p.TownshipId == townshipId).OrderBy(p => p.Code).FirstOrDefaultAsync();
                var today = Fazhi.Platform.Time.ChinaTime.Today(sp.GetRequiredService<TimeProvider>());
                var officers = (await db.Set<Officer>().Where(o => o.TownshipId == townshipId).OrderBy(o => o.CertificateNumber).ToListAsync())
                    .Where(o => o.WhyNotCertified(today, options) is null).Take(2).ToList();
                if (power is null || officers.Count < 2 || demoCases == 0)
                {
                    return 0;
                }

                var n = 0;
                for (var copy = 1; copy < scale; copy++)
                {
                    for (var i = 0; i < demoCases; i++)
                    {
                        n++;
                        var filed = today.AddDays(-(n % 80));
                        var @case = EnforcementCase.File(townshipId, 500_000 + n, string.Create(CultureInfo.InvariantCulture, $"基准执罚〔{today.Year}〕P{n}号"), CaseProcedure.General, power,
                            new CaseParty(PartyKind.NaturalPerson, "当事人" + n.ToString(CultureInfo.InvariantCulture), null, null, null, null, null),
                            CaseSource.Inspection, null, "基准测试案件", "基准测试", isMajor: false, isComplex: false, officers, filed, options);
                        db.Add(@case);
                        await deadlines.OpenAsync(EnforcementDeadlines.Decision(options), townshipId,
                            CaseSteps.Subject(@case), filed, CancellationToken.None);
                    }

                    await db.SaveChangesAsync();
                    db.ChangeTracker.Clear();
                }

                return n;
            });
        }

        return added;
    }

    private static async Task<T> InScopeAsync<T>(IServiceProvider services, Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentTenant>().Value = TenantContext.System;
        return await work(scope.ServiceProvider);
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length && int.TryParse(args[at + 1], CultureInfo.InvariantCulture, out var value) ? value : fallback;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
