using Fazhi.Platform.Time;

namespace Fazhi.UnitTests.Platform.Time;

public sealed class WorkingDayCalendarTests
{
    private static readonly WorkingDayCalendar Calendar = new(OfficialCalendarData.Schedules);

    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    // Friday 26 Sep 2025: Sat 27 rest, Sun 28 make-up (1), 29 (2), 30 (3), 1–8 Oct 国庆+中秋 off, 9 (4), 10 (5), Sat 11 make-up (6), Mon 13 (7).
    [InlineData("2025-09-26", 1, "2025-09-28")]
    [InlineData("2025-09-26", 3, "2025-09-30")]
    [InlineData("2025-09-26", 4, "2025-10-09")]
    [InlineData("2025-09-26", 6, "2025-10-11")]
    [InlineData("2025-09-26", 7, "2025-10-13")]
    [InlineData("2025-09-30", 1, "2025-10-09")]
    public void AddWorkingDays_AcrossNationalDayAndMidAutumn2025_SkipsTheHolidayAndCountsMakeUpSaturdays(string start, int days, string expected)
    {
        var due = Calendar.AddWorkingDays(D(start), days);

        due.Value.ShouldBe(D(expected));
        due.Unconfirmed.ShouldBeFalse();
    }

    [Theory]
    // Thursday 12 Feb 2026: Fri 13 (1), Sat 14 make-up (2), 15–23 春节 off, 24 (3) … 27 (6), Sat 28 make-up (7), Mon 2 Mar (8).
    [InlineData("2026-02-12", 2, "2026-02-14")]
    [InlineData("2026-02-12", 3, "2026-02-24")]
    [InlineData("2026-02-12", 7, "2026-02-28")]
    [InlineData("2026-02-12", 8, "2026-03-02")]
    [InlineData("2026-02-14", 1, "2026-02-24")]
    public void AddWorkingDays_AcrossSpringFestival2026_SkipsTheHolidayAndCountsMakeUpSaturdays(string start, int days, string expected)
    {
        Calendar.AddWorkingDays(D(start), days).Value.ShouldBe(D(expected));
    }

    [Fact]
    public void AddWorkingDays_WithZeroDays_ReturnsTheStartDay() =>
        Calendar.AddWorkingDays(D("2026-02-16"), 0).Value.ShouldBe(D("2026-02-16"));

    [Fact]
    public void WorkingDaysBetween_IsTheInverseOfAddWorkingDays()
    {
        Calendar.WorkingDaysBetween(D("2026-02-12"), D("2026-02-28")).Value.ShouldBe(7);
        Calendar.WorkingDaysBetween(D("2025-09-26"), D("2025-10-13")).Value.ShouldBe(7);
        Calendar.WorkingDaysBetween(D("2026-02-28"), D("2026-02-12")).Value.ShouldBe(-7);
        Calendar.WorkingDaysBetween(D("2026-03-02"), D("2026-03-02")).Value.ShouldBe(0);
    }

    [Fact]
    public void AddCalendarDays_WhenTheLastDayIsAHoliday_RollsToTheFirstWorkingDayAfterIt()
    {
        // 15 days from 16 Sep 2025 end on 1 Oct (国庆): 民事诉讼法 第85条 moves the end to Thursday 9 Oct.
        var due = Calendar.AddCalendarDays(D("2025-09-16"), 15, rollOverRestDay: true);

        due.Value.ShouldBe(D("2025-10-09"));
    }

    [Fact]
    public void AddCalendarDays_WithoutRollOver_KeepsTheHoliday() =>
        Calendar.AddCalendarDays(D("2025-09-16"), 15, rollOverRestDay: false).Value.ShouldBe(D("2025-10-01"));

    [Fact]
    public void AddCalendarDays_WhenTheLastDayIsAnOrdinarySunday_RollsToMonday() =>
        Calendar.AddCalendarDays(D("2026-11-07"), 15, rollOverRestDay: true).Value.ShouldBe(D("2026-11-23"));

    [Fact]
    public void AddCalendarDays_WhenTheLastDayIsAMakeUpSaturday_DoesNotRoll() =>
        Calendar.AddCalendarDays(D("2026-01-30"), 15, rollOverRestDay: true).Value.ShouldBe(D("2026-02-14"));

    [Fact]
    public void IsWorkingDay_In2027_IsFlaggedUnconfirmedWithAWarning()
    {
        var answer = Calendar.IsWorkingDay(D("2027-03-01"));

        answer.Value.ShouldBeTrue();
        answer.Unconfirmed.ShouldBeTrue();
        answer.UnconfirmedYears.ShouldBe([2027]);
        answer.Warning!.ShouldContain("2027年的国务院节假日安排尚未录入");
    }

    [Fact]
    public void AddWorkingDays_CrossingInto2027_IsFlaggedUnconfirmed()
    {
        var due = Calendar.AddWorkingDays(D("2026-12-25"), 10);

        due.Value.ShouldBe(D("2027-01-08"));
        due.UnconfirmedYears.ShouldBe([2027]);
    }

    [Fact]
    public void AddWorkingDays_Within2026_IsConfirmed()
    {
        var due = Calendar.AddWorkingDays(D("2026-11-02"), 20);

        due.Unconfirmed.ShouldBeFalse();
        due.Warning.ShouldBeNull();
    }

    [Fact]
    public void AddWorkingDays_WhenA2027ScheduleIsEntered_IsConfirmedAndUsesIt()
    {
        // A made-up 2027 schedule for the test: 4 and 5 January off.
        var with2027 = new WorkingDayCalendar([.. OfficialCalendarData.Schedules,
            new YearSchedule(2027, "https://www.gov.cn/example", [new ListedDay(D("2027-01-04"), true, "元旦"), new ListedDay(D("2027-01-05"), true, "元旦")])]);

        var due = with2027.AddWorkingDays(D("2026-12-25"), 10);

        due.Value.ShouldBe(D("2027-01-12"));
        due.Unconfirmed.ShouldBeFalse();
    }

    [Fact]
    public void EmptyCalendar_FlagsEveryYearItTouches()
    {
        var answer = WorkingDayCalendar.Empty.WorkingDaysBetween(D("2024-12-30"), D("2025-01-02"));

        answer.UnconfirmedYears.ShouldBe([2024, 2025]);
    }
}
