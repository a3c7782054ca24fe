using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Fazhi.Modules.Enforcement.Cases;
using Fazhi.Modules.Enforcement.Cases.Filing;
using Fazhi.Modules.Enforcement.Officers;
using Fazhi.Modules.Enforcement.Powers;
using Fazhi.Modules.Organization;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Tenancy;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using Npgsql;

/// <summary>
/// Issue 13 item 5, load figure: concurrent writers in two townships (evidence added to a case of 小江镇 and of 太霞乡,
/// child records of their cases) and the public (complaints to both) through the HTTP API, counting how many writes are
/// answered 409. Before per-township chains and locked heads, 5–20 % were. Printed, never asserted.
/// <c>dotnet run -c Release --project bench/Fazhi.Bench -- audit-conflicts [writers] [writes-per-writer]</c>;
/// set FAZHI_BENCH_PG to a PostgreSQL connection string (without Database=) to run on PostgreSQL.
/// </summary>
internal static partial class AuditConflictBench
{
    /// <summary>The township's clerk, whom the register's and the catalogue's rules admit.</summary>
    private static Actor BenchClerk(Guid townshipId) => Actor.For("bench.clerk", "法制员", townshipId, Roles.LegalClerk);

    public static async Task RunAsync(string[] args)
    {
        var writers = args.Length > 1 && int.TryParse(args[1], CultureInfo.InvariantCulture, out var w) ? w : 16;
        var writesEach = args.Length > 2 && int.TryParse(args[2], CultureInfo.InvariantCulture, out var n) ? n : 25;
        var postgres = Environment.GetEnvironmentVariable("FAZHI_BENCH_PG");
        var database = "fazhi_bench_" + Guid.NewGuid().ToString("N")[..12];
        var dataFolder = Path.Combine(Path.GetTempPath(), "fazhi-bench-audit-" + Guid.NewGuid().ToString("N"));
        try
        {
            await using var factory = new WebApplicationFactory<FazhiDbContext>().WithWebHostBuilder(b =>
            {
                b.UseEnvironment("Production");
                b.UseSetting("Fazhi:DataFolder", dataFolder);
                b.UseSetting("Fazhi:SeedDemoData", "true");
                if (!string.IsNullOrWhiteSpace(postgres))
                {
                    b.UseSetting("Fazhi:DatabaseProvider", "Postgres");
                    b.UseSetting("ConnectionStrings:Fazhi", $"{postgres};Database={database}");
                }
            });
            _ = factory.Server;
            Console.WriteLine($"Audit chain conflicts on {(string.IsNullOrWhiteSpace(postgres) ? "SQLite" : "PostgreSQL")}: {writers} concurrent writers × {writesEach} writes …");

            var xiaojiangCase = await CaseAsync(factory, "990100101000", importPower: false);
            var taixiaCase = await CaseAsync(factory, "990100102000", importPower: true);
            var staff = new[] { ("小江镇执法（证据）", await SignInAsync(factory, "xiaojiang.clerk"), xiaojiangCase), ("太霞乡执法（证据）", await SignInAsync(factory, "taixia.clerk"), taixiaCase) };

            var answers = new ConcurrentBag<(string Kind, HttpStatusCode Status)>();
            var clock = Stopwatch.StartNew();
            await Task.WhenAll(Enumerable.Range(0, writers).Select(writer => Task.Run(async () =>
            {
                var anonymous = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
                for (var i = 0; i < writesEach; i++)
                {
                    // Half the writers are township staff adding evidence, half the public sending complaints.
                    if (writer % 2 == 0)
                    {
                        var (kind, client, caseId) = staff[(writer / 2 + i) % 2];
                        var response = await client.PostAsJsonAsync($"/api/workspace/enforcement/cases/{caseId}/evidence",
                            new { kind = "书证", description = $"并发取证 {writer}-{i}", collectedBy = "执法人员", collectedOn = (string?)null });
                        answers.Add((kind, response.StatusCode));
                    }
                    else
                    {
                        var code = i % 2 == 0 ? "990100101000" : "990100102000";
                        var response = await anonymous.PostAsJsonAsync($"/api/portal/enforcement/{code}/complaints",
                            new { name = "陈国华", phone = "13500001111", content = $"第 {writer}-{i} 次反映：集镇主街夜间占道经营，影响通行。" });
                        answers.Add((code == "990100101000" ? "公众投诉（小江镇）" : "公众投诉（太霞乡）", response.StatusCode));
                    }
                }
            })));
            clock.Stop();

            foreach (var kind in answers.GroupBy(a => a.Kind).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                var conflicts = kind.Count(a => a.Status == HttpStatusCode.Conflict);
                Console.WriteLine($"  {kind.Key}: {kind.Count()} writes, {conflicts} answered 409 ({100.0 * conflicts / kind.Count():0.0} %), "
                                  + string.Join(", ", kind.GroupBy(a => (int)a.Status).OrderBy(g => g.Key).Select(g => $"{g.Key} × {g.Count()}")));
            }

            var total = answers.Count;
            var all409 = answers.Count(a => a.Status == HttpStatusCode.Conflict);
            Console.WriteLine($"  Total: {total} writes in {clock.Elapsed.TotalSeconds:0.0} s ({total / clock.Elapsed.TotalSeconds:0} writes/s), {all409} answered 409 ({100.0 * all409 / total:0.0} %)");
        }
        finally
        {
            if (!string.IsNullOrWhiteSpace(postgres))
            {
                NpgsqlConnection.ClearAllPools();
                await using var connection = new NpgsqlConnection(postgres + ";Database=postgres");
                await connection.OpenAsync();
                await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection);
                await drop.ExecuteNonQueryAsync();
            }

            try
            {
                Directory.Delete(dataFolder, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    /// <summary>
    /// A case filed today in the township, through the filing step's handler; 太霞乡 first gets a power and two officers
    /// certified this year (so no annual review of last year is due).
    /// </summary>
    private static async Task<Guid> CaseAsync(WebApplicationFactory<FazhiDbContext> factory, string townshipCode, bool importPower)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FazhiDbContext>();
        var tenant = scope.ServiceProvider.GetRequiredService<CurrentTenant>();
        tenant.Value = TenantContext.System;
        var township = await db.Set<Township>().SingleAsync(t => t.DivisionCode == townshipCode);
        var clerk = await db.Users.SingleAsync(u => u.TownshipId == township.Id && u.UserName!.EndsWith(".clerk"));
        tenant.Value = TenantContext.ForTownship(clerk.Id, clerk.DisplayName, township.CountyId, township.Id);
        var today = Fazhi.Platform.Time.ChinaTime.Today(TimeProvider.System);
        if (importPower)
        {
            using var sheet = new MemoryStream();
            await sheet.SaveAsAsync(new[]
            {
                new Dictionary<string, object?>
                {
                    ["事项编码"] = "XZCF-BENCH-001", ["事项名称"] = "对在集镇建成区占道经营的行政处罚", ["职权类别"] = "行政处罚",
                    ["设定依据"] = "《城市市容和环境卫生管理条例》第三十六条", ["处罚种类"] = "警告、罚款", ["罚款下限"] = "50", ["罚款上限"] = "500",
                },
            });
            sheet.Position = 0;
            await scope.ServiceProvider.GetRequiredService<PowerCatalog>().ImportAsync(BenchClerk(township.Id), township.Id, sheet, CancellationToken.None);
            foreach (var (name, number) in new[] { ("王建国", "441823990101"), ("赵丽华", "441823990102") })
            {
                await scope.ServiceProvider.GetRequiredService<OfficerRegistry>().AddAsync(BenchClerk(township.Id), township.Id, new OfficerRequest
                {
                    Name = name, Position = "综合行政执法办公室", Employment = EmploymentKind.Established, CertificateNumber = number,
                    CertificateIssuer = "示范县人民政府", CertificateValidFrom = new DateOnly(today.Year, 1, 1), CertificateValidTo = today.AddYears(2),
                }, CancellationToken.None);
            }
        }

        var power = await db.Set<PowerItem>().Where(p => p.TownshipId == township.Id && p.Name.Contains("占道经营")).Select(p => p.Id).FirstAsync();
        var options = scope.ServiceProvider.GetRequiredService<Microsoft.Extensions.Options.IOptions<Fazhi.Modules.Enforcement.EnforcementOptions>>().Value;
        var officers = (await db.Set<Officer>().Where(o => o.TownshipId == township.Id && o.LeftOn == null).ToListAsync())
            .Where(o => o.WhyNotCertified(today, options) is null).Select(o => o.Id).Take(2).ToList();

        var @case = await scope.ServiceProvider.GetRequiredService<FileCaseHandler>().HandleAsync(BenchClerk(township.Id), new FileCaseRequest(CaseSource.Inspection, null, power,
            "在集镇建成区占道经营", PartyKind.NaturalPerson, "周海涛", null, null, null, null, "集镇主街", "当事人占用人行道摆卖。", officers, IsMajor: false, IsComplex: false, today), CancellationToken.None);
        return @case.Id;
    }

    private static async Task<HttpClient> SignInAsync(WebApplicationFactory<FazhiDbContext> factory, string userName)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var form = await client.GetStringAsync("/account/login");
        var token = TokenPattern().Match(form).Groups[1].Value;
        var response = await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.UserName"] = userName,
            ["Input.Password"] = "Fazhi2026demo",
            ["__RequestVerificationToken"] = token,
        }));
        return response.StatusCode == HttpStatusCode.Redirect ? client : throw new InvalidOperationException($"Sign-in as {userName} failed: {(int)response.StatusCode}");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
