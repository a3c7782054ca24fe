using Fazhi.Modules.Organization;
using Fazhi.Modules.Reports.Contracts;
using Fazhi.Platform.Data;
using Fazhi.Platform.Deadlines.Board;
using Fazhi.Platform.Tenancy;
using Fazhi.Platform.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Fazhi.Modules.County.Figures;

/// <summary>
/// Computes every township's indicator figures of the years the county pages show, and the dashboard's deadline
/// compliance, before anyone asks (ADR 0039).
/// The figures are kept per township under its stamp and Beijing's date, so they are new after every start and every
/// midnight; at 2,000 townships computing them takes tens of seconds, which the first county visit of the day should
/// not wait for. What a save changes afterwards is one township's, recomputed at the next visit.
/// </summary>
internal sealed class FiguresWarmUp(IServiceScopeFactory scopes, TimeProvider clock)
{
    /// <summary>The years warmed: the dashboard's five (this year and four before), which include the reports' year.</summary>
    public const int Years = 5;

    /// <summary>
    /// For each county, as the county reads: every source's figures of each of its townships for each of the years, and
    /// the dashboard's deadline compliance and running deadlines. Returns how many townships.
    /// </summary>
    public async Task<int> RunOnceAsync(CancellationToken ct)
    {
        var today = ChinaTime.Today(clock);
        List<(Guid Id, Guid County)> townships;
        await using (var scope = scopes.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<CurrentTenant>().Value = TenantContext.System;
            townships = [.. (await scope.ServiceProvider.GetRequiredService<FazhiDbContext>().Set<Township>().AsNoTracking()
                .Select(t => new { t.Id, t.CountyId }).ToListAsync(ct)).Select(t => (t.Id, t.CountyId))];
        }

        foreach (var county in townships.GroupBy(t => t.County))
        {
            List<Guid> ids = [.. county.Select(t => t.Id)];
            // A scope per county, read as the county's reviewer would: the stamps are read once, as they are then.
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<CurrentTenant>().Value = TenantContext.ForCounty(Guid.Empty, "系统", county.Key, ids);
            var indicators = scope.ServiceProvider.GetRequiredService<StampedIndicators>();
            for (var year = today.Year; year > today.Year - Years; year--)
            {
                await indicators.ForTownshipsAsync(ids, year, ct);
            }

            var (from, to) = DeadlineBoard.LastTwelveMonths(today);
            var board = scope.ServiceProvider.GetRequiredService<DeadlineBoard>();
            await board.ComplianceAsync(from, to, ct);
            await board.CountsAsync(ct);
        }

        return townships.Count;
    }

    /// <summary>How long from <paramref name="now"/> until the next 00:01 in Beijing, just after the figures' date turns.</summary>
    public static TimeSpan UntilAfterMidnight(DateTimeOffset now)
    {
        var beijing = now.ToOffset(ChinaTime.Offset);
        var next = new DateTimeOffset(beijing.Date.AddMinutes(1), ChinaTime.Offset);
        return (next > beijing ? next : next.AddDays(1)) - beijing;
    }
}

/// <summary>
/// Runs <see cref="FiguresWarmUp"/> after start-up and a minute after each midnight in Beijing. Off in the Testing
/// environment (tests call <see cref="FiguresWarmUp.RunOnceAsync"/> themselves) and where
/// <see cref="FiguresWarmUpOptions.WarmUpFigures"/> is false.
/// </summary>
internal sealed partial class FiguresWarmUpService(
    FiguresWarmUp warmUp,
    TimeProvider clock,
    IOptions<FiguresWarmUpOptions> options,
    IHostEnvironment environment,
    ILogger<FiguresWarmUpService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (environment.IsEnvironment("Testing") || !options.Value.WarmUpFigures)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var started = clock.GetTimestamp();
                var townships = await warmUp.RunOnceAsync(stoppingToken);
                var seconds = clock.GetElapsedTime(started).TotalSeconds;
                LogWarmed(townships, seconds);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The pages compute what is missing themselves; the next midnight tries again.
                LogFailed(e);
            }

            await Task.Delay(FiguresWarmUp.UntilAfterMidnight(clock.GetUtcNow()), clock, stoppingToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Indicator figures of {Townships} townships computed ahead in {Seconds:0.0} s")]
    private partial void LogWarmed(int townships, double seconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "Computing the indicator figures ahead failed")]
    private partial void LogFailed(Exception exception);
}
