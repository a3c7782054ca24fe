using System.Diagnostics;
using System.Net;
using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.Platform.Deadlines.Jobs;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;

namespace Fazhi.IntegrationTests.Platform.Observability;

/// <summary>An app with telemetry on (an OTLP endpoint set) that also keeps every finished activity in memory.</summary>
public sealed class TelemetryApp : FazhiApp
{
    public List<Activity> Activities { get; } = [];

    // Nothing listens there: the OTLP exporter's failed sends are its own business, the in-memory copy is the test's.
    protected override IEnumerable<KeyValuePair<string, string>> Settings => [new("Fazhi:Telemetry:OtlpEndpoint", "http://127.0.0.1:9")];

    protected override void ConfigureTestServices(IServiceCollection services) =>
        services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(Activities));

    /// <summary>A copy of what was exported; the exporter adds from the threads that end activities, so a copy taken
    /// while one is added is taken again.</summary>
    public List<Activity> Finished()
    {
        while (true)
        {
            try
            {
                return [.. Activities];
            }
            catch (Exception e) when (e is InvalidOperationException or ArgumentException)
            {
                Thread.Yield();
            }
        }
    }

    /// <summary>
    /// The finished activity that matches: a request's server span ends after its response has reached the client,
    /// so it may arrive a moment after the answer; waits for it (at most 10 s) instead of racing it.
    /// </summary>
    public async Task<Activity> FinishedAsync(Func<Activity, bool> match)
    {
        for (var attempt = 0; attempt < 500; attempt++)
        {
            if (Finished().LastOrDefault(match) is { } activity)
            {
                return activity;
            }

            await Task.Delay(20, TestContext.Current.CancellationToken);
        }

        throw new InvalidOperationException("No such activity was exported.");
    }
}

/// <summary>Issue 19 item 4 (ADR 0029): traces of requests, database calls and sweep runs; liveness and readiness apart.</summary>
public sealed class TelemetryTests(TelemetryApp app) : IClassFixture<TelemetryApp>
{
    [Fact]
    public async Task ASweepRun_IsAnActivityWithItsOutcome()
    {
        var run = await app.Services.GetRequiredService<DeadlineSweep>().RunOnceAsync(TestContext.Current.CancellationToken);

        run.Ran.ShouldBeTrue();
        var sweep = app.Finished().Last(a => a.OperationName == "job " + DeadlineSweep.JobName);
        sweep.Source.Name.ShouldBe("Fazhi");
        sweep.GetTagItem("fazhi.job.outcome").ShouldBe("ran");
        sweep.GetTagItem("fazhi.deadlines.changed").ShouldBe(run.Result);
        // The sweep's database calls are its children.
        app.Finished().ShouldContain(a => a.ParentSpanId == sweep.SpanId && a.Source.Name.Contains("EntityFrameworkCore", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ARequest_IsTracedWithItsDatabaseCalls()
    {
        var clerk = await app.ClientForAsync("xiaojiang.clerk");

        (await clerk.GetAsync("/workspace/deadlines")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var request = await app.FinishedAsync(a => a.Kind == ActivityKind.Server && Equals(a.GetTagItem("url.path"), "/workspace/deadlines"));
        request.GetTagItem("http.response.status_code").ShouldBe(200);
        request.GetTagItem("fazhi.township").ShouldNotBeNull();
        app.Finished().ShouldContain(a => a.TraceId == request.TraceId && a.Source.Name.Contains("EntityFrameworkCore", StringComparison.Ordinal));
    }

    [Fact]
    public async Task LivenessAndReadiness_AnswerApartAndTheOldHealthPathStillAnswers()
    {
        var client = app.Anonymous();

        foreach (var path in new[] { "/health/live", "/health/ready", "/healthz" })
        {
            var response = await client.GetAsync(path);
            response.StatusCode.ShouldBe(HttpStatusCode.OK, path);
            (await response.Content.ReadAsStringAsync()).ShouldBe("Healthy", path);
        }
    }
}

/// <summary>An app without demo data, whose database the test takes away.</summary>
public sealed class DatabaseLosingApp : FazhiApp
{
    public DatabaseLosingApp()
        : base(NewDataFolder(), UsesPostgres ? NewPostgresDatabase() : null, seedDemoData: false)
    {
    }
}

/// <summary>
/// Readiness follows the database, liveness does not: an instance whose database is gone (PostgreSQL) or is not the
/// migrated one (a SQLite file replaced by an empty one) leaves the load balancer's pool without being restarted.
/// </summary>
public sealed class ReadinessTests(DatabaseLosingApp app) : IClassFixture<DatabaseLosingApp>
{
    [Fact]
    public async Task WithoutItsDatabase_TheInstanceIsLiveButNotReady()
    {
        var client = app.Anonymous();
        (await client.GetAsync("/health/ready")).StatusCode.ShouldBe(HttpStatusCode.OK);

        if (app.PostgresDatabase is { } database)
        {
            await using var connection = new Npgsql.NpgsqlConnection(FazhiApp.PostgresServer + ";Database=postgres");
            await connection.OpenAsync(TestContext.Current.CancellationToken);
            await using var drop = new Npgsql.NpgsqlCommand($"DROP DATABASE \"{database}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
            Npgsql.NpgsqlConnection.ClearAllPools();
        }
        else
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(Path.Combine(app.DataFolder, "fazhi.db"));
        }

        (await client.GetAsync("/health/live")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.GetAsync("/health/ready")).StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
    }
}
