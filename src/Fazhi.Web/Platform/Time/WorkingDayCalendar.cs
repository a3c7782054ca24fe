namespace Fazhi.Platform.Time;

/// <summary>One day the State Council notice lists: a holiday (放假) or a 调休 make-up workday (上班).</summary>
public sealed record ListedDay(DateOnly Date, bool IsOffDay, string HolidayName);

/// <summary>
/// The schedule of one notice year (国务院办公厅关于某年部分节假日安排的通知). A notice may list a day of the previous
/// December (the 2023 notice lists 2022-12-31), so days are merged by date, not by the year they fall in.
/// </summary>
public sealed record YearSchedule(int Year, string NoticeUrl, IReadOnlyList<ListedDay> Days);

/// <summary>
/// An answer of the calendar together with the calendar years it had to guess: a year with no entered schedule is
/// counted as Monday–Friday only, and every answer that relied on such a year says so (never a silent guess).
/// </summary>
public sealed record CalendarAnswer<T>(T Value, IReadOnlyList<int> UnconfirmedYears)
{
    public bool Unconfirmed => UnconfirmedYears.Count > 0;

    /// <summary>The warning shown beside any date computed from an unconfirmed year, or null.</summary>
    public string? Warning => WorkingDayCalendar.WarningFor(UnconfirmedYears);
}

/// <summary>
/// The official working-day calendar (STYLE §2.1 item 7). Pure: built from year schedules, no database.
/// Rule (shared/calendar README): a day is a working day iff it is a listed make-up workday, or it is Monday–Friday
/// and not a listed holiday. Period arithmetic follows 民事诉讼法(2023) 第85条: the start day is not counted.
/// </summary>
public sealed class WorkingDayCalendar
{
    private readonly Dictionary<DateOnly, ListedDay> _days = [];
    private readonly HashSet<int> _confirmedYears = [];

    public WorkingDayCalendar(IEnumerable<YearSchedule> schedules)
    {
        ArgumentNullException.ThrowIfNull(schedules);
        foreach (var schedule in schedules)
        {
            _confirmedYears.Add(schedule.Year);
            foreach (var day in schedule.Days)
            {
                _days[day.Date] = day;
            }
        }
    }

    /// <summary>A calendar with no schedule at all: every answer is unconfirmed.</summary>
    public static WorkingDayCalendar Empty { get; } = new([]);

    /// <summary>The calendar years whose State Council schedule has been entered.</summary>
    public IReadOnlyCollection<int> ConfirmedYears => _confirmedYears;

    public bool IsConfirmed(int year) => _confirmedYears.Contains(year);

    /// <summary>The listed holiday or make-up workday on this date, if any.</summary>
    public ListedDay? ExceptionOn(DateOnly date) => _days.GetValueOrDefault(date);

    public CalendarAnswer<bool> IsWorkingDay(DateOnly date)
    {
        var years = new UnconfirmedYears(this);
        return years.Answer(Check(date, years));
    }

    /// <summary>The date <paramref name="days"/> working days after <paramref name="start"/>; the start day is not counted.</summary>
    public CalendarAnswer<DateOnly> AddWorkingDays(DateOnly start, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        var years = new UnconfirmedYears(this);
        var date = start;
        var counted = 0;
        while (counted < days)
        {
            date = date.AddDays(1);
            if (Check(date, years))
            {
                counted++;
            }
        }

        return years.Answer(date);
    }

    /// <summary>
    /// The date <paramref name="days"/> calendar days after <paramref name="start"/> (start day not counted). With
    /// <paramref name="rollOverRestDay"/>, a last day that is a statutory rest day moves to the first working day after
    /// it (民事诉讼法 第85条); 信访 rules may choose not to, since the 信访工作条例 does not say.
    /// </summary>
    public CalendarAnswer<DateOnly> AddCalendarDays(DateOnly start, int days, bool rollOverRestDay)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        var years = new UnconfirmedYears(this);
        var date = start.AddDays(days);
        years.Touch(date);
        if (rollOverRestDay)
        {
            while (!Check(date, years))
            {
                date = date.AddDays(1);
            }
        }

        return years.Answer(date);
    }

    /// <summary>
    /// Working days after <paramref name="from"/> up to and including <paramref name="to"/>, so that
    /// <c>WorkingDaysBetween(a, AddWorkingDays(a, n)) == n</c>; negative when <paramref name="to"/> is earlier.
    /// </summary>
    public CalendarAnswer<int> WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        var years = new UnconfirmedYears(this);
        var (low, high, sign) = from <= to ? (from, to, 1) : (to, from, -1);
        var count = 0;
        for (var date = low.AddDays(1); date <= high; date = date.AddDays(1))
        {
            if (Check(date, years))
            {
                count++;
            }
        }

        return years.Answer(sign * count);
    }

    internal static string? WarningFor(IReadOnlyList<int> unconfirmedYears) =>
        unconfirmedYears.Count == 0
            ? null
            : $"{string.Join("、", unconfirmedYears)}年的国务院节假日安排尚未录入，本结果仅按周一至周五推算，请在安排公布后核对。";

    private bool Check(DateOnly date, UnconfirmedYears years)
    {
        years.Touch(date);
        if (_days.TryGetValue(date, out var listed))
        {
            return !listed.IsOffDay;
        }

        return date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
    }

    /// <summary>Collects the years an operation looked at that have no schedule.</summary>
    private sealed class UnconfirmedYears(WorkingDayCalendar calendar)
    {
        private readonly SortedSet<int> _years = [];

        public void Touch(DateOnly date)
        {
            if (!calendar._confirmedYears.Contains(date.Year))
            {
                _years.Add(date.Year);
            }
        }

        public CalendarAnswer<T> Answer<T>(T value) => new(value, [.. _years]);
    }
}
