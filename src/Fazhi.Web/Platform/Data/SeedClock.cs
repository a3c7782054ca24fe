namespace Fazhi.Platform.Data;

/// <summary>
/// The demo seeders' clock: the day a demo step happened, 09:00 Beijing time. Demo data goes through the same handlers
/// as real data, and those handlers read the time from <see cref="TimeProvider"/>; building them
/// on this clock makes every timestamp they write (a comment's submission, a history entry, a deadline's start) the
/// day of the step instead of the day the demo was loaded.
/// </summary>
internal sealed class SeedClock : TimeProvider
{
    private DateTimeOffset _now = DateTimeOffset.UnixEpoch;

    public SeedClock Set(DateOnly day)
    {
        _now = new DateTimeOffset(day.ToDateTime(new TimeOnly(1, 0)), TimeSpan.Zero);
        return this;
    }

    public override DateTimeOffset GetUtcNow() => _now;

    /// <summary>
    /// Builds <typeparamref name="T"/> from <paramref name="services"/> on this clock; for a contract, its registered
    /// implementation is built the same way.
    /// </summary>
    public T Create<T>(IServiceProvider services)
        where T : notnull =>
        typeof(T).IsInterface
            ? (T)ActivatorUtilities.CreateInstance(services, services.GetRequiredService<T>().GetType(), (TimeProvider)this)
            : ActivatorUtilities.CreateInstance<T>(services, (TimeProvider)this);
}
