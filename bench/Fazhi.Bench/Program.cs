using System.Diagnostics;
using System.Globalization;
using Fazhi.Modules.Enforcement.Cases;
using Fazhi.Modules.Enforcement.Officers;
using Fazhi.Modules.Enforcement.Powers;
using Fazhi.Modules.Organization;
using Fazhi.Modules.Reports.Drafting;
using Fazhi.Modules.Reports.Layout;
using Fazhi.Modules.Reports.Pdf;
using Fazhi.Platform.Data;
using Fazhi.Platform.Tenancy;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

// Annual report benchmark (issue 5 §Speed): a township-year with 10,000 enforcement cases on SQLite; times drafting
// the figures from the records and laying out the DOCX (target: under 1 s), then the PDF conversion through
// Fazhi's PdfEngine beside LibreOffice's own time for the same file. Stopwatch-based: BenchmarkDotNet's separate
// processes would each rebuild the 10,000-record database.
const int Records = 10_000;
const int Iterations = 10;
var root = new DirectoryInfo(AppContext.BaseDirectory);
while (root is not null && !File.Exists(Path.Combine(root.FullName, "Fazhi.slnx")))
{
    root = root.Parent;
}

Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_FAZHI_WEB", Path.Combine(root?.FullName ?? ".", "src", "Fazhi.Web"));
// `-- audit-conflicts [writers] [writes]`: conflicts of concurrent writers of two townships and the public (issue 13 item 5).
if (args.Contains("audit-conflicts", StringComparer.Ordinal))
{
    await AuditConflictBench.RunAsync(args);
    return;
}

var dataFolder = Path.Combine(Path.GetTempPath(), "fazhi-bench-" + Guid.NewGuid().ToString("N"));
AppDomain.CurrentDomain.ProcessExit += (_, _) =>
{
    // The 10,000-record database is only for this run.
    try
    {
        Directory.Delete(dataFolder, recursive: true);
    }
    catch (IOException)
    {
    }
};
await using var factory = new WebApplicationFactory<FazhiDbContext>().WithWebHostBuilder(b =>
{
    b.UseEnvironment("Production");
    b.UseSetting("Fazhi:DataFolder", dataFolder);
    b.UseSetting("Fazhi:SeedDemoData", "true");
});
_ = factory.Server;

Console.WriteLine($"Seeding {Records:N0} enforcement cases of 小江镇 for 2024 …");
var townshipId = await InScopeAsync(async sp =>
{
    var db = sp.GetRequiredService<FazhiDbContext>();
    var township = await db.Set<Township>().SingleAsync(t => t.DivisionCode == "990100101000");
    var power = await db.Set<PowerItem>().Where(p => p.TownshipId == township.Id).OrderBy(p => p.Code).FirstAsync();
    var options = sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<Fazhi.Modules.Enforcement.EnforcementOptions>>().Value;
    var officers = (await db.Set<Officer>().Where(o => o.TownshipId == township.Id).OrderBy(o => o.CertificateNumber).ToListAsync())
        .Where(o => o.WhyNotCertified(new DateOnly(2024, 6, 30), options) is null).Take(2).ToList();
    for (var batch = 0; batch < Records / 1000; batch++)
    {
        for (var i = 0; i < 1000; i++)
        {
            var n = batch * 1000 + i + 1;
            var filed = new DateOnly(2024, 1, 1).AddDays(n % 360);
            // Filed through the aggregate; the later dates of the figures are written as a bulk import would write
            // them, without running each step (the bench measures the report, not the steps).
            var @case = EnforcementCase.File(township.Id, 100_000 + n, string.Create(CultureInfo.InvariantCulture, $"小江综执罚〔2024〕B{n}号"), CaseProcedure.General, power,
                new CaseParty(PartyKind.NaturalPerson, "当事人" + n.ToString(CultureInfo.InvariantCulture), null, null, null, null, null),
                CaseSource.Inspection, null, "基准测试案件", "基准测试", isMajor: false, isComplex: false, officers, filed, options);
            var entry = db.Add(@case);
            entry.Property(c => c.LegalReviewedOn).CurrentValue = n % 3 == 0 ? filed.AddDays(20) : null;
            entry.Property(c => c.DecidedOn).CurrentValue = n % 2 == 0 ? filed.AddDays(30) : null;
            entry.Property(c => c.ClosedOn).CurrentValue = n % 2 == 0 ? filed.AddDays(40) : null;
        }

        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
    }

    return township.Id;
});

var timings = new List<double>();
byte[] docx = [];
for (var i = 0; i < Iterations + 2; i++)
{
    var stopwatch = Stopwatch.StartNew();
    docx = await InScopeAsync(async sp =>
    {
        var workflow = sp.GetRequiredService<ReportWorkflow>();
        var groups = await workflow.IndicatorsAsync(townshipId, 2024, CancellationToken.None);
        var hints = await workflow.HintsAsync(townshipId, 2024, CancellationToken.None);
        var text = new ReportText("小江镇2024年法治政府建设年度报告", "现将2024年度情况报告如下：",
            [ReportWorkflow.AchievementsText(groups), ReportWorkflow.ShortcomingsText(hints), "第三部分。", "第四部分。", "第五部分。"],
            "小江镇人民政府", new DateOnly(2025, 1, 15));
        return OfficialDocxWriter.Write(text);
    });
    stopwatch.Stop();
    if (i >= 2)
    {
        timings.Add(stopwatch.Elapsed.TotalMilliseconds);   // the first two runs warm up EF Core and the JIT
    }
}

timings.Sort();
Console.WriteLine($"Figures from {Records:N0} records + DOCX: median {timings[timings.Count / 2]:0} ms, max {timings[^1]:0} ms over {Iterations} runs (target < 1000 ms); DOCX {docx.Length / 1024} KB");

var engine = factory.Services.GetRequiredService<PdfEngine>();
if (engine.MissingPrerequisite() is { } missing)
{
    Console.WriteLine("PDF: " + missing);
    return;
}

var pdf = await engine.ConvertAsync(docx, CancellationToken.None);
Console.WriteLine($"PDF through PdfEngine (process start, own profile, fontconfig aliases): {pdf.Elapsed.TotalMilliseconds:0} ms, {pdf.Pdf?.Length / 1024} KB");

var work = Path.Combine(Path.GetTempPath(), "fazhi-bench-soffice-" + Guid.NewGuid().ToString("N"));
Directory.CreateDirectory(work);
var input = Path.Combine(work, "report.docx");
await File.WriteAllBytesAsync(input, docx);
var direct = new ProcessStartInfo(engine.Soffice!) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
foreach (var a in new[] { $"-env:UserInstallation=file://{work}/profile", "--headless", "--convert-to", "pdf", "--outdir", work, input })
{
    direct.ArgumentList.Add(a);
}

var sw = Stopwatch.StartNew();
using (var process = Process.Start(direct)!)
{
    await process.WaitForExitAsync();
}

Console.WriteLine($"LibreOffice alone (soffice --headless --convert-to pdf, same file): {sw.Elapsed.TotalMilliseconds:0} ms");
Directory.Delete(work, recursive: true);

async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
{
    await using var scope = factory.Services.CreateAsyncScope();
    scope.ServiceProvider.GetRequiredService<CurrentTenant>().Value = TenantContext.System;
    return await work(scope.ServiceProvider);
}
