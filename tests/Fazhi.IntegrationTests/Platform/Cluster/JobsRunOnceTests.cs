using System.Text.Json;
using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.Modules.Organization;
using Fazhi.Modules.Reports.Drafting;
using Fazhi.Platform.Audit;
using Fazhi.Platform.Deadlines;
using Fazhi.Platform.Deadlines.Jobs;
using Fazhi.Platform.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Fazhi.IntegrationTests.Platform.Cluster;

/// <summary>
/// Issue 19 item 2 (ADR 0029): the deadline sweep runs once at a time across instances. On 4 January 2027 the sweep
/// opens every township's 2026 annual-report deadline (督察工作规定 第二十四条) and warns of it at once (its warning
/// period is the whole period); two instances sweeping together must open and warn each of them exactly once. The
/// cross-instance cases need PostgreSQL's advisory locks; SQLite is one instance, locked in its process.
/// </summary>
public sealed class JobsRunOnceTests(ClusterApp cluster) : IClassFixture<ClusterApp>
{
    private static readonly DateOnly FirstWorkingDayOf2027 = new(2027, 1, 4);

    [Fact]
    public async Task TwoInstancesSweepingTogether_OpenAndWarnEachDeadlineExactlyOnce()
    {
        Assert.SkipUnless(FazhiApp.UsesPostgres, "Two instances share a database only on PostgreSQL (FAZHI_TEST_DB=postgres).");
        await SweepTogetherAndCheckAsync(cluster.First, cluster.Second);
    }

    [Fact]
    public async Task TwoSweepsOfOneInstanceTogether_OpenAndWarnEachDeadlineExactlyOnce()
    {
        // The timer and a person, or a second timer: in one process the job lock is the process's own.
        await SweepTogetherAndCheckAsync(cluster.First, cluster.First);
    }

    [Fact]
    public async Task ALockHeldByAnInstanceThatDies_IsTakenByTheOther()
    {
        Assert.SkipUnless(FazhiApp.UsesPostgres, "Advisory locks are PostgreSQL's (FAZHI_TEST_DB=postgres).");
        const string job = "cluster-test-crash";
        var held = await cluster.First.Services.GetRequiredService<IJobLock>().TryAcquireAsync(job, TestContext.Current.CancellationToken);
        held.ShouldNotBeNull();
        var runner = cluster.Second.Services.GetRequiredService<JobRunner>();
        (await runner.RunOnceAsync(job, _ => Task.FromResult(1), TestContext.Current.CancellationToken)).Ran.ShouldBeFalse();

        // The first instance "crashes": its session ends without unlocking, as when the process is killed.
        (await TerminateAdvisoryLockHoldersAsync(cluster.First.PostgresDatabase!)).ShouldBe(1);
        var after = await runner.RunOnceAsync(job, _ => Task.FromResult(42), TestContext.Current.CancellationToken);

        after.Ran.ShouldBeTrue();
        after.Result.ShouldBe(42);
        await held.DisposeAsync();
    }

    [Fact]
    public async Task ASweepWhileAnotherRunHoldsTheLock_IsSkippedAndRunsAfterIt()
    {
        var locks = cluster.First.Services.GetRequiredService<IJobLock>();
        var sweep = cluster.First.Services.GetRequiredService<DeadlineSweep>();
        var held = await locks.TryAcquireAsync(DeadlineSweep.JobName, TestContext.Current.CancellationToken);
        held.ShouldNotBeNull();

        (await sweep.RunOnceAsync(TestContext.Current.CancellationToken)).Ran.ShouldBeFalse();
        await held.DisposeAsync();

        (await sweep.RunOnceAsync(TestContext.Current.CancellationToken)).Ran.ShouldBeTrue();
    }

    private static async Task SweepTogetherAndCheckAsync(FazhiApp one, FazhiApp other)
    {
        one.AdvanceClockTo(FirstWorkingDayOf2027);
        other.AdvanceClockTo(FirstWorkingDayOf2027);
        var sweeps = new[] { one, other, one, other }.Select(a => a.Services.GetRequiredService<DeadlineSweep>());

        var runs = await Task.WhenAll(sweeps.Select(s => Task.Run(() => s.RunOnceAsync(TestContext.Current.CancellationToken))));
        runs.ShouldContain(r => r.Ran);
        // Whatever ran after the first found nothing left to open or warn.
        (await one.Services.GetRequiredService<DeadlineSweep>().RunOnceAsync(TestContext.Current.CancellationToken)).Result.ShouldBe(0);

        var townships = await one.WithDbAsync(db => db.Set<Township>().CountAsync());
        var deadlines = await one.WithDbAsync(db => db.Set<Deadline>().Where(d => d.RuleCode == ReportDeadlines.PublicationCode && d.StartDate == new DateOnly(2026, 12, 31))
            .Select(d => new { d.Id, d.TownshipId, d.State }).ToListAsync());
        deadlines.Count.ShouldBe(townships);
        deadlines.Select(d => d.TownshipId).Distinct().Count().ShouldBe(townships);
        deadlines.ShouldAllBe(d => d.State == DeadlineState.DueSoon);

        var ids = deadlines.Select(d => d.Id.ToString()).ToList();
        var trail = await one.WithDbAsync(db => db.Set<AuditEntry>().Where(e => ids.Contains(e.RecordId)).Select(e => new { e.RecordId, e.Action, e.Changes }).ToListAsync());
        foreach (var id in ids)
        {
            trail.Count(e => e.RecordId == id && e.Action == AuditAction.Added).ShouldBe(1, $"deadline {id} opened once");
            trail.Count(e => e.RecordId == id && JsonSerializer.Deserialize<List<AuditFieldChange>>(e.Changes, JsonSerializerOptions.Web)!
                .Any(c => c.Field == nameof(Deadline.State) && c.New == nameof(DeadlineState.DueSoon))).ShouldBe(1, $"deadline {id} warned once");
        }
    }

    private static async Task<int> TerminateAdvisoryLockHoldersAsync(string database)
    {
        await using var connection = new NpgsqlConnection($"{FazhiApp.PostgresServer};Database={database};Pooling=false");
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            // With a timeout pg_terminate_backend waits until the session has ended (PostgreSQL 14+), and with it its
            // locks; without one it only signals, and the other instance could try before the lock is let go.
            "SELECT count(pg_terminate_backend(l.pid, 10000)) FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid WHERE l.locktype = 'advisory' AND a.datname = current_database()",
            connection);
        return (int)(long)(await command.ExecuteScalarAsync())!;
    }
}
