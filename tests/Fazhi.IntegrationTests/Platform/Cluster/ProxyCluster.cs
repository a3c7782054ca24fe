using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Fazhi.IntegrationTests.Infrastructure;

namespace Fazhi.IntegrationTests.Platform.Cluster;

/// <summary>
/// Issue 19 item 5: a province in small, as <c>scripts/cluster.sh</c> starts it, with real processes. One fresh
/// PostgreSQL database seeded with the demo (in this process, which then only reads it), two Fazhi processes started
/// together from the built Fazhi.Web.dll on free ports with the database attachment store, and Debian's nginx on a free
/// port doing round robin in front, from a generated config. Each instance names itself in <c>X-Fazhi-Instance</c>
/// (<c>Fazhi:Telemetry:InstanceName</c>). Their deadline sweeps run every two seconds, so they contend all along.
/// PostgreSQL only: on SQLite nothing is started and the tests skip.
/// </summary>
public sealed class ProxyCluster : IAsyncLifetime
{
    public const string FirstName = "fazhi1";
    public const string SecondName = "fazhi2";

    private static readonly string[] NginxPaths = ["/usr/sbin/nginx", "/usr/bin/nginx"];

    private readonly string _run = Path.Combine(Path.GetTempPath(), "fazhi-tests", "proxy-" + Guid.NewGuid().ToString("N")[..12]);
    private readonly Instance[] _instances = [new(FirstName), new(SecondName)];
    private Process? _nginx;

    /// <summary>The demo seeded in this process on the cluster's database: read the database through it.</summary>
    public FazhiApp Database { get; } = FazhiApp.UsesPostgres ? new SeedingApp() : null!;

    public Uri Proxy { get; private set; } = null!;

    /// <summary>Deadlines of last year's annual report open before the instances started (seeded drafts open their own).</summary>
    public int ReportDeadlinesBeforeInstances { get; private set; }

    public async ValueTask InitializeAsync()
    {
        if (!FazhiApp.UsesPostgres)
        {
            return;
        }

        var nginx = NginxPaths.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("nginx 未安装：多实例代理测试需要 Debian 的 nginx（apt-get install nginx-light；./test.sh 会安装）。");
        try
        {
            Directory.CreateDirectory(_run);
            await Database.InitializeAsync();
            ReportDeadlinesBeforeInstances = await ProxyClusterTests.LastYearsReportDeadlinesAsync(Database);
            await Task.WhenAll(_instances.Select(StartAsync));
            await StartNginxAsync(nginx);
        }
        catch
        {
            await StopProcessesAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopProcessesAsync();
        if (FazhiApp.UsesPostgres)
        {
            await Database.DisposeAsync();
        }

        try
        {
            Directory.Delete(_run, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    /// <summary>A browser behind the load balancer: one cookie jar, every request to nginx.</summary>
    public HttpClient Browser() => new(new SocketsHttpHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
    {
        BaseAddress = Proxy,
        Timeout = TimeSpan.FromSeconds(60),
    };

    /// <summary>A visitor of one instance directly, bypassing the proxy (to look into that instance's cache).</summary>
    public HttpClient Direct(string instance) => new(new SocketsHttpHandler { AllowAutoRedirect = false })
    {
        BaseAddress = new Uri($"http://127.0.0.1:{Find(instance).Port}"),
        Timeout = TimeSpan.FromSeconds(60),
    };

    /// <summary>Everything the instance has written to its console (both runs, if it was restarted).</summary>
    public string LogOf(string instance) => Find(instance).Log();

    /// <summary>Kills the instance's process outright, as a crash or a pulled plug would.</summary>
    public async Task KillAsync(string instance)
    {
        var process = Find(instance).Process!;
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
    }

    /// <summary>
    /// Starts a killed instance again on its port, waits until it is ready and until nginx sends to it again (it was
    /// out of rotation for fail_timeout after the refused connection).
    /// </summary>
    public async Task RestartAsync(string instance)
    {
        await StartAsync(Find(instance));
        using var client = new HttpClient { BaseAddress = Proxy };
        var until = DateTime.UtcNow.AddSeconds(15);
        while (DateTime.UtcNow < until)
        {
            using var response = await client.GetAsync("/health/live");
            if (response.Headers.TryGetValues("X-Fazhi-Instance", out var names) && names.Contains(instance))
            {
                return;
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"nginx 未在 15 秒内重新把请求发给 {instance}");
    }

    private Instance Find(string name) => _instances.Single(i => i.Name == name);

    private async Task StartAsync(Instance instance)
    {
        instance.Port = instance.Port == 0 ? FreePort() : instance.Port;
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(typeof(Program).Assembly.Location)!,
        };
        start.ArgumentList.Add(typeof(Program).Assembly.Location);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{instance.Port}");
        foreach (var (key, value) in InstanceSettings(instance.Name))
        {
            start.Environment[key] = value;
        }

        var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => instance.Append(e.Data);
        process.ErrorDataReceived += (_, e) => instance.Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        instance.Process = process;
        using var direct = Direct(instance.Name);
        await WaitUntilAsync(direct, "/health/ready", TimeSpan.FromSeconds(90),
            () => process.HasExited ? $"{instance.Name} 已退出（{process.ExitCode}）：{instance.Log()}" : null);
    }

    /// <summary>The settings scripts/cluster.sh gives an instance, with the limits every test app raises.</summary>
    private Dictionary<string, string> InstanceSettings(string name) => new(StringComparer.Ordinal)
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
        ["Fazhi__Telemetry__InstanceName"] = name,
        ["Fazhi__DataFolder"] = Path.Combine(_run, name),
        ["Fazhi__DatabaseProvider"] = "Postgres",
        ["ConnectionStrings__Fazhi"] = $"{FazhiApp.PostgresServer};Database={Database.PostgresDatabase}",
        ["Fazhi__Attachments__Store"] = "Database",
        // The demo password is accepted only on a demo installation; the database is seeded already, so nothing is.
        ["Fazhi__SeedDemoData"] = "true",
        ["Fazhi__Reports__MakeMissingPdfsAfterStartUp"] = "false",
        ["Fazhi__Deadlines__Interval"] = "00:00:02",
        ["Fazhi__Security__RateLimits__AnonymousSubmissions__PermitLimit"] = "1000000",
        ["Fazhi__Security__RateLimits__SignIn__PermitLimit"] = "1000000",
        ["Fazhi__Security__RateLimits__Writes__PermitLimit"] = "1000000",
    };

    private async Task StartNginxAsync(string nginx)
    {
        var folder = Path.Combine(_run, "nginx");
        Directory.CreateDirectory(folder);
        var port = FreePort();
        var config = Path.Combine(folder, "nginx.conf");
        // One process in the foreground (no master, no daemon), so the test owns it and kills it; otherwise the
        // proxy of scripts/cluster.sh: round robin, a refused connection passes the request to the other instance.
        await File.WriteAllTextAsync(config, $$"""
            daemon off;
            master_process off;
            pid {{folder}}/nginx.pid;
            error_log {{folder}}/error.log warn;
            events { worker_connections 256; }
            http {
              access_log off;
              client_body_temp_path {{folder}}/body;
              proxy_temp_path {{folder}}/proxy;
              fastcgi_temp_path {{folder}}/fastcgi;
              uwsgi_temp_path {{folder}}/uwsgi;
              scgi_temp_path {{folder}}/scgi;
              client_max_body_size 201m;
              upstream fazhi {
                server 127.0.0.1:{{_instances[0].Port}} max_fails=1 fail_timeout=5s;
                server 127.0.0.1:{{_instances[1].Port}} max_fails=1 fail_timeout=5s;
              }
              server {
                listen 127.0.0.1:{{port}};
                location / {
                  proxy_pass http://fazhi;
                  proxy_set_header Host $http_host;
                  proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                  proxy_set_header X-Forwarded-Proto $scheme;
                  proxy_connect_timeout 2s;
                  proxy_next_upstream error timeout http_502 http_503;
                  proxy_next_upstream_tries 2;
                }
              }
            }
            """);
        var start = new ProcessStartInfo(nginx)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { "-p", folder, "-e", Path.Combine(folder, "error.log"), "-c", config })
        {
            start.ArgumentList.Add(argument);
        }

        var errors = new StringBuilder();
        _nginx = new Process { StartInfo = start };
        _nginx.ErrorDataReceived += (_, e) =>
        {
            lock (errors)
            {
                errors.AppendLine(e.Data);
            }
        };
        _nginx.Start();
        _nginx.BeginOutputReadLine();
        _nginx.BeginErrorReadLine();
        Proxy = new Uri($"http://127.0.0.1:{port}");
        using var client = new HttpClient { BaseAddress = Proxy };
        await WaitUntilAsync(client, "/health/ready", TimeSpan.FromSeconds(20), () =>
        {
            lock (errors)
            {
                return _nginx.HasExited ? $"nginx 已退出：{errors}{ReadOrEmpty(Path.Combine(folder, "error.log"))}" : null;
            }
        });
    }

    private async Task StopProcessesAsync()
    {
        foreach (var process in _instances.Select(i => i.Process).Append(_nginx).OfType<Process>())
        {
            try
            {
                if (!process.HasExited)
                {
                    process.Kill(entireProcessTree: true);
                    await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));
                }
            }
            catch (Exception e) when (e is InvalidOperationException or TimeoutException)
            {
                // Never started, or gone already.
            }
            finally
            {
                process.Dispose();
            }
        }

        foreach (var instance in _instances)
        {
            instance.Process = null;
        }

        _nginx = null;
    }

    /// <summary>Polls <paramref name="path"/> until it answers 200, for at most <paramref name="limit"/>; fails early with why.</summary>
    private static async Task WaitUntilAsync(HttpClient client, string path, TimeSpan limit, Func<string?> failure)
    {
        var until = DateTime.UtcNow + limit;
        while (true)
        {
            if (failure() is { } reason)
            {
                throw new InvalidOperationException(reason);
            }

            try
            {
                using var response = await client.GetAsync(path);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            if (DateTime.UtcNow > until)
            {
                throw new TimeoutException($"{client.BaseAddress}{path} 在 {limit.TotalSeconds} 秒内未就绪");
            }

            await Task.Delay(250);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string ReadOrEmpty(string path) => File.Exists(path) ? File.ReadAllText(path) : "";

    private sealed class Instance(string name)
    {
        private readonly StringBuilder _log = new();

        public string Name { get; } = name;

        public int Port { get; set; }

        public Process? Process { get; set; }

        public void Append(string? line)
        {
            if (line is null)
            {
                return;
            }

            lock (_log)
            {
                _log.AppendLine(line);
            }
        }

        public string Log()
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    /// <summary>Seeds the demo into the cluster's database with the database attachment store, then only reads it.</summary>
    private sealed class SeedingApp : FazhiApp
    {
        // The demo's attachments go into the database store, so this app seeds its own demo.
        protected override bool StartsFromDemoTemplate => false;

        protected override IEnumerable<KeyValuePair<string, string>> Settings => [new("Fazhi:Attachments:Store", "Database")];
    }
}
