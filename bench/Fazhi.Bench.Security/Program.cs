using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Auth.Sessions;
using Fazhi.Platform.Data;
using Fazhi.Platform.Tenancy;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

// Security benchmark (issue 13): the figures the hostile-traffic report measured, printed, never asserted.
//  1. Process memory while 4 clients post 150 MiB at once: anonymous complaints with and without a Content-Length
//     (refused at 64 KiB), and uploads by a clerk (the attachment limit, streamed to disk).
//  2. Sign-in time for an unknown user name and for a known one with a wrong password (the report: 6 ms against 83 ms).
//  3. The cost of checking the session on every request (issue 13 §2): the check alone, and a whole API request.
// Fazhi runs on real Kestrel over loopback in this process, so the memory figures are the server's plus a small client.
const long LargeBody = 150L * 1024 * 1024;
const int Clients = 4;
const int SignInSamples = 40;
const int SessionChecks = 5000;
const int ApiRequests = 500;

var root = new DirectoryInfo(AppContext.BaseDirectory);
while (root is not null && !File.Exists(Path.Combine(root.FullName, "Fazhi.slnx")))
{
    root = root.Parent;
}

Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_FAZHI_WEB", Path.Combine(root?.FullName ?? ".", "src", "Fazhi.Web"));
var dataFolder = Path.Combine(Path.GetTempPath(), "fazhi-bench-security-" + Guid.NewGuid().ToString("N"));
AppDomain.CurrentDomain.ProcessExit += (_, _) =>
{
    try
    {
        Directory.Delete(dataFolder, recursive: true);
    }
    catch (IOException)
    {
    }
};

await using var app = new BenchApp(dataFolder);
app.StartServer();
var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()
    .Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal));
Console.WriteLine($"Fazhi on {address} (Kestrel, Production, demo data, production request limits)");

// --- 1. Memory under parallel large posts ----------------------------------------------------------------------
var complaintApi = "/api/portal/enforcement/990100101000/complaints";
var jsonPrefix = Encoding.UTF8.GetBytes("{\"name\":\"张三\",\"content\":\"");
await MemoryAsync($"{Clients} × 150 MiB anonymous complaint, Content-Length announced", async _ =>
{
    using var client = NewClient();
    using var body = new PatternContent(jsonPrefix, LargeBody, announceLength: true, "application/json");
    return await PostAsync(client, complaintApi, body);
});
await MemoryAsync($"{Clients} × 150 MiB anonymous complaint, chunked (no length)", async _ =>
{
    using var client = NewClient();
    using var body = new PatternContent(jsonPrefix, LargeBody, announceLength: false, "application/json");
    return await PostAsync(client, complaintApi, body);
});

var clerks = new List<HttpClient>();
foreach (var township in new[] { "xiaojiang", "taixia", "touying", "heshi" })
{
    var clerk = NewClient();
    await SignInAsync(clerk, $"{township}.clerk", "Fazhi2026demo");
    clerks.Add(clerk);
}

await MemoryAsync($"{Clients} × 150 MiB upload by four clerks (attachment limit, streamed to disk)", async i =>
{
    var token = await TokenAsync(clerks[i], "/workspace");
    using var form = new MultipartFormDataContent
    {
        { new StringContent("Correspondence"), "ownerType" },
        { new StringContent(Guid.NewGuid().ToString()), "ownerId" },
        { new StringContent("执法音像记录"), "purpose" },
        { new StringContent(token), "__RequestVerificationToken" },
    };
    var pdf = Encoding.ASCII.GetBytes($"%PDF-1.4\n% bench {i} {Guid.NewGuid()}\n");
    form.Add(new PatternContent(pdf, LargeBody - pdf.Length, announceLength: true, "application/octet-stream"), "file", $"record-{i}.pdf");
    return await PostAsync(clerks[i], "/api/workspace/attachments", form);
});

// --- 2. Sign-in timing -----------------------------------------------------------------------------------------
string[] roles = ["clerk", "officer", "leader", "advisor"];
string[] townships = ["xiaojiang", "taixia", "touying", "heshi", "dazhanglou"];
var known = roles.SelectMany(role => townships.Select(t => $"{t}.{role}")).ToArray();
var unknownTimes = new List<double>();
var knownTimes = new List<double>();
using (var visitor = NewClient())
{
    for (var i = 0; i < SignInSamples + 4; i++)
    {
        var unknown = await TimedSignInAsync(visitor, $"nobody{i}.clerk", "Wrong-password-2026");
        var wrong = await TimedSignInAsync(visitor, known[i % known.Length], "Wrong-password-2026");
        if (i >= 4)
        {
            unknownTimes.Add(unknown);   // the first rounds warm up the JIT and EF Core
            knownTimes.Add(wrong);
        }
    }
}

Console.WriteLine($"Sign-in, unknown user name:         median {Median(unknownTimes):0.0} ms, p90 {Percentile(unknownTimes, 0.9):0.0} ms ({SignInSamples} samples)");
Console.WriteLine($"Sign-in, known name, wrong password: median {Median(knownTimes):0.0} ms, p90 {Percentile(knownTimes, 0.9):0.0} ms (report before the fix: 6 ms against 83 ms)");

// --- 3. Session check on every request -------------------------------------------------------------------------
await using (var scope = app.Services.CreateAsyncScope())
{
    scope.ServiceProvider.GetRequiredService<CurrentTenant>().Value = TenantContext.System;
    var users = scope.ServiceProvider.GetRequiredService<UserManager<FazhiUser>>();
    var principal = await scope.ServiceProvider.GetRequiredService<SignInManager<FazhiUser>>()
        .CreateUserPrincipalAsync((await users.FindByNameAsync("xiaojiang.clerk"))!);
    var validator = ActivatorUtilities.CreateInstance<SessionValidator>(scope.ServiceProvider);
    for (var i = 0; i < 200; i++)
    {
        await validator.IsCurrentAsync(principal, CancellationToken.None);
    }

    var checks = new List<double>();
    var total = Stopwatch.StartNew();
    for (var i = 0; i < SessionChecks; i++)
    {
        var watch = Stopwatch.StartNew();
        await validator.IsCurrentAsync(principal, CancellationToken.None);
        checks.Add(watch.Elapsed.TotalMicroseconds);
    }

    Console.WriteLine($"Session check alone (security stamp and disabled flag by primary key, compiled query): median {Median(checks):0} µs, p90 {Percentile(checks, 0.9):0} µs, mean {total.Elapsed.TotalMicroseconds / SessionChecks:0} µs ({SessionChecks} checks, SQLite)");
}

var anonymousTimes = new List<double>();
using (var visitor = NewClient())
{
    for (var i = 0; i < ApiRequests + 50; i++)
    {
        var watch = Stopwatch.StartNew();
        using var response = await visitor.GetAsync("/api/townships");
        watch.Stop();
        if (i >= 50)
        {
            anonymousTimes.Add(watch.Elapsed.TotalMilliseconds);
        }
    }
}

Console.WriteLine($"Anonymous API request for comparison (GET /api/townships, no session): median {Median(anonymousTimes):0.00} ms, p90 {Percentile(anonymousTimes, 0.9):0.00} ms");

var apiTimes = new List<double>();
for (var i = 0; i < ApiRequests + 50; i++)
{
    var watch = Stopwatch.StartNew();
    using var response = await clerks[0].GetAsync("/api/workspace/villages");
    watch.Stop();
    if (i >= 50)
    {
        apiTimes.Add(watch.Elapsed.TotalMilliseconds);
    }
}

Console.WriteLine($"Signed-in API request including the check (GET /api/workspace/villages): median {Median(apiTimes):0.00} ms, p90 {Percentile(apiTimes, 0.9):0.00} ms");
foreach (var clerk in clerks)
{
    clerk.Dispose();
}

return;

HttpClient NewClient() => new(new SocketsHttpHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
{
    BaseAddress = address,
    Timeout = TimeSpan.FromMinutes(10),
};

async Task MemoryAsync(string what, Func<int, Task<string>> post)
{
    GC.Collect();
    GC.WaitForPendingFinalizers();
    GC.Collect();
    var baseline = Rss();
    var peak = baseline;
    using var stop = new CancellationTokenSource();
    var sampler = Task.Run(async () =>
    {
        while (!stop.IsCancellationRequested)
        {
            peak = Math.Max(peak, Rss());
            await Task.Delay(20);
        }
    });
    var watch = Stopwatch.StartNew();
    var outcomes = await Task.WhenAll(Enumerable.Range(0, Clients).Select(post));
    watch.Stop();
    await stop.CancelAsync();
    await sampler;
    Console.WriteLine($"{what}: RSS {baseline / 1048576} MB before, peak {peak / 1048576} MB (+{(peak - baseline) / 1048576} MB), {watch.Elapsed.TotalSeconds:0.0} s; answers: {string.Join(", ", outcomes)}");
}

static long Rss()
{
    using var process = Process.GetCurrentProcess();
    return process.WorkingSet64;
}

static async Task<string> PostAsync(HttpClient client, string path, HttpContent content)
{
    try
    {
        using var response = await client.PostAsync(path, content);
        return ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
    catch (HttpRequestException e)
    {
        // Kestrel answered before the body was sent and closed the connection: refused without reading it.
        return "closed (" + (e.HttpRequestError) + ")";
    }
}

static async Task<string> TokenAsync(HttpClient client, string page)
{
    var html = await client.GetStringAsync(page);
    return Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
}

static async Task SignInAsync(HttpClient client, string userName, string password)
{
    var token = await TokenAsync(client, "/account/login");
    using var form = new FormUrlEncodedContent(new Dictionary<string, string>
    {
        ["Input.UserName"] = userName,
        ["Input.Password"] = password,
        ["__RequestVerificationToken"] = token,
    });
    using var response = await client.PostAsync("/account/login", form);
    if (response.StatusCode != HttpStatusCode.Redirect)
    {
        throw new InvalidOperationException($"Sign-in as {userName} failed: {(int)response.StatusCode}");
    }
}

static async Task<double> TimedSignInAsync(HttpClient client, string userName, string password)
{
    var token = await TokenAsync(client, "/account/login");
    using var form = new FormUrlEncodedContent(new Dictionary<string, string>
    {
        ["Input.UserName"] = userName,
        ["Input.Password"] = password,
        ["__RequestVerificationToken"] = token,
    });
    var watch = Stopwatch.StartNew();
    using var response = await client.PostAsync("/account/login", form);
    await response.Content.ReadAsByteArrayAsync();
    return watch.Elapsed.TotalMilliseconds;
}

static double Median(List<double> values) => Percentile(values, 0.5);

static double Percentile(List<double> values, double p)
{
    var sorted = values.Order().ToList();
    return sorted[(int)Math.Min(sorted.Count - 1, Math.Floor(p * sorted.Count))];
}

/// <summary>Fazhi with its demo data on a real port; the sign-in timing signs in more often than one address may.</summary>
internal sealed class BenchApp : WebApplicationFactory<FazhiDbContext>
{
    private readonly string _dataFolder;

    public BenchApp(string dataFolder)
    {
        _dataFolder = dataFolder;
        UseKestrel(0);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Fazhi:DataFolder", _dataFolder);
        builder.UseSetting("Fazhi:SeedDemoData", "true");
        builder.UseSetting("Fazhi:Security:RateLimits:SignIn:PermitLimit", "100000");
    }
}

/// <summary>A prefix and then <c>length</c> bytes of filler, written as they are sent: the client holds 64 KiB, not the body.</summary>
internal sealed class PatternContent : HttpContent
{
    private readonly byte[] _prefix;
    private readonly long _length;
    private readonly bool _announceLength;

    public PatternContent(byte[] prefix, long length, bool announceLength, string contentType)
    {
        _prefix = prefix;
        _length = length;
        _announceLength = announceLength;
        Headers.ContentType = new MediaTypeHeaderValue(contentType);
    }

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
    {
        await stream.WriteAsync(_prefix);
        var buffer = new byte[64 * 1024];
        Array.Fill(buffer, (byte)'a');
        for (long written = 0; written < _length;)
        {
            var count = (int)Math.Min(buffer.Length, _length - written);
            await stream.WriteAsync(buffer.AsMemory(0, count));
            written += count;
        }
    }

    protected override bool TryComputeLength(out long length)
    {
        length = _prefix.Length + _length;
        return _announceLength;
    }
}
