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

    /// <summary>
    /// The instant a Beijing calendar year begins (1 January 00:00 +08:00): a record stamped in UTC belongs to the year
    /// in which it was made in China, so "created in 2022" is <c>YearStart(2022) &lt;= t &lt; YearStart(2023)</c>.
    /// </summary>
    public static DateTimeOffset YearStart(int year) => new(year, 1, 1, 0, 0, 0, Offset);
}
