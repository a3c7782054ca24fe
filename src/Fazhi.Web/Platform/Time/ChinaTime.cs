namespace Fazhi.Platform.Time;

/// <summary>
/// Deadlines are counted in Beijing time (UTC+8, no daylight saving) whatever the server's time zone, so "today"
/// never depends on where the process runs.
/// </summary>
public static class ChinaTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static DateTimeOffset ToChina(DateTimeOffset instant) => instant.ToOffset(Offset);

    public static DateOnly Today(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return DateOnly.FromDateTime(ToChina(clock.GetUtcNow()).DateTime);
    }
}
