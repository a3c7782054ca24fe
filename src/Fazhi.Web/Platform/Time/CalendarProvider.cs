using Fazhi.Platform.Data;
using Fazhi.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Platform.Time;

/// <summary>
/// Gives the current <see cref="WorkingDayCalendar"/> built from the database. Cached for the process (the schedule
/// changes once a year) and rebuilt after an administrator saves a year.
/// </summary>
public interface ICalendarProvider
{
    Task<WorkingDayCalendar> GetAsync(CancellationToken cancellationToken);

    void Invalidate();
}

internal sealed class CalendarProvider(IServiceScopeFactory scopes) : ICalendarProvider, IDisposable
{
    private readonly SemaphoreSlim _lock = new(1, 1);
    private volatile WorkingDayCalendar? _current;

    public async Task<WorkingDayCalendar> GetAsync(CancellationToken cancellationToken)
    {
        if (_current is { } current)
        {
            return current;
        }

        await _lock.WaitAsync(cancellationToken);
        try
        {
            if (_current is null)
            {
                await using var scope = scopes.CreateAsyncScope();
                scope.ServiceProvider.GetRequiredService<CurrentTenant>().Value = TenantContext.System;
                var db = scope.ServiceProvider.GetRequiredService<FazhiDbContext>();
                var years = await db.Set<CalendarYear>().AsNoTracking().Include(y => y.Days).ToListAsync(cancellationToken);
                _current = new WorkingDayCalendar(years.Select(y => y.ToSchedule()));
            }

            return _current;
        }
        finally
        {
            _lock.Release();
        }
    }

    public void Invalidate() => _current = null;

    public void Dispose() => _lock.Dispose();
}
