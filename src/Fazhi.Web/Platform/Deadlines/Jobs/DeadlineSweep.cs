using Fazhi.Platform.Data;
using Fazhi.Platform.Notifications.Warnings;
using Fazhi.Platform.Jobs;
using Fazhi.Platform.Tenancy;
using Fazhi.Platform.Time;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Platform.Deadlines.Jobs;

/// <summary>How often the sweep runs (section <c>Fazhi:Deadlines</c>).</summary>
public sealed class DeadlineSweepOptions
{
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(10);
}

/// <summary>
/// One pass over the open deadlines of every township (STYLE §2.1 item 9): first lets every
/// <see cref="ICalendarDeadlineSource"/> open the deadlines the date itself brings, then re-reads the database, recomputes due
/// dates that were guessed without a holiday schedule, and moves each deadline to DueSoon or Overdue for "today" in
/// Beijing time, telling the people answerable once per deadline and state (<see cref="DeadlineNotices"/>). Idempotent: a
/// second run on the same day changes nothing. Runs under the job lock (ADR 0029): two instances sweeping at once would
/// both see a deadline not yet opened and open it twice.
/// </summary>
internal sealed class DeadlineSweep(IServiceScopeFactory scopes, ICalendarProvider calendars, TimeProvider clock, JobRunner jobs)
{
    public const string JobName = "deadline-sweep";

    /// <summary>How many open deadlines one save of the sweep evaluates.</summary>
    internal const int BatchSize = 1000;

    private static readonly System.Linq.Expressions.Expression<Func<Deadline, bool>> IsOpen =
        d => d.State == DeadlineState.Pending || d.State == DeadlineState.DueSoon || d.State == DeadlineState.Overdue;

    /// <summary>
    /// Runs once as the system tenant unless another instance is sweeping; the result is how many deadlines changed.
    /// </summary>
    public Task<JobRun<int>> RunOnceAsync(CancellationToken cancellationToken = default) =>
        jobs.RunOnceAsync(JobName, SweepAsync, cancellationToken);

    private async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentTenant>().Value = TenantContext.System;
        var db = scope.ServiceProvider.GetRequiredService<FazhiDbContext>();
        var calendar = await calendars.GetAsync(cancellationToken);
        var today = ChinaTime.Today(clock);
        foreach (var source in scope.ServiceProvider.GetServices<ICalendarDeadlineSource>())
        {
            await source.OpenDueAsync(today, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);

        // In batches, each saved and let go before the next is read: a county of 2,000 townships has some 400,000 open
        // periods, which one tracked read would hold in memory at once (bench/Fazhi.Bench.Scale).
        var openIds = await db.Set<Deadline>().Where(IsOpen).Select(d => d.Id).ToListAsync(cancellationToken);
        var notices = scope.ServiceProvider.GetRequiredService<DeadlineNotices>();
        var changed = 0;
        foreach (var batch in openIds.Chunk(BatchSize))
        {
            var open = await db.Set<Deadline>().Include(d => d.Extensions)
                .Where(d => batch.Contains(d.Id)).Where(IsOpen).ToListAsync(cancellationToken);
            foreach (var deadline in open)
            {
                var recomputed = deadline.CalendarUnconfirmed && deadline.Recompute(calendar);
                var moved = deadline.Evaluate(today, calendar);
                if (recomputed || moved)
                {
                    changed++;
                }
            }

            // The people answerable are told of a period turning 即将到期 or 逾期 in the same save as the state, once each.
            await notices.NotifyAsync(open, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }

        System.Diagnostics.Activity.Current?.SetTag("fazhi.deadlines.changed", changed);
        return changed;
    }
}

/// <summary>
/// Runs the sweep on a <see cref="PeriodicTimer"/> of the injected clock. Off in the Testing environment, where tests
/// move the clock and call <see cref="DeadlineSweep.RunOnceAsync"/> themselves.
/// </summary>
internal sealed partial class DeadlineSweepService(
    DeadlineSweep sweep,
    TimeProvider clock,
    Microsoft.Extensions.Options.IOptions<DeadlineSweepOptions> options,
    IHostEnvironment environment,
    ILogger<DeadlineSweepService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (environment.IsEnvironment("Testing"))
        {
            return;
        }

        using var timer = new PeriodicTimer(options.Value.Interval, clock);
        do
        {
            try
            {
                var run = await sweep.RunOnceAsync(stoppingToken);
                if (run.Ran)
                {
                    LogSwept(run.Result);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A failed pass is retried on the next tick; the states are recomputed from the database anyway.
                LogFailed(e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Deadline sweep changed {Changed} deadlines")]
    private partial void LogSwept(int changed);

    [LoggerMessage(Level = LogLevel.Error, Message = "Deadline sweep failed")]
    private partial void LogFailed(Exception exception);
}
