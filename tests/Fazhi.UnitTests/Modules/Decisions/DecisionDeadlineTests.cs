using Fazhi.Modules.Decisions.Model;
using Fazhi.Platform.Deadlines;
using Fazhi.Platform.Time;

namespace Fazhi.UnitTests.Modules.Decisions;

/// <summary>The statutory periods of 国务院令第713号 on the official calendar, across the 2026 National Day holiday.</summary>
public sealed class DecisionDeadlineTests
{
    private static readonly WorkingDayCalendar Calendar = new(OfficialCalendarData.Schedules);

    private static DateOnly Due(DeadlineRule rule, DateOnly start) => Deadline.ComputeDue(rule.Kind, rule.RollOverRestDay, start, rule.Period, Calendar).Value;

    [Fact]
    public void CommentPeriod_EndingInNationalDayHoliday_RunsToTheNextWorkingDay()
    {
        // 第15条 30 days from Sat 5 Sep 2026 end on Mon 5 Oct, inside 1–7 Oct; the period ends on Thu 8 Oct.
        Due(DecisionDeadlines.CommentPeriod(30), new DateOnly(2026, 9, 5)).ShouldBe(new DateOnly(2026, 10, 8));
    }

    [Fact]
    public void CommentPeriod_EndingOnAWorkingDay_IsExactly30Days()
    {
        Due(DecisionDeadlines.CommentPeriod(30), new DateOnly(2026, 11, 23)).ShouldBe(new DateOnly(2026, 12, 23));
    }

    [Fact]
    public void LegalityReview_SevenWorkingDaysAcrossNationalDay_SkipsTheHolidayAndCountsTheMakeUpSaturday()
    {
        // 第26条 from Wed 30 Sep 2026: 8, 9, 10 (make-up Saturday), 12, 13, 14, 15 October.
        Due(DecisionDeadlines.LegalityReview(7), new DateOnly(2026, 9, 30)).ShouldBe(new DateOnly(2026, 10, 15));
    }

    [Fact]
    public void HearingNotice_IsTheFixedDaySevenDaysBeforeTheHearing()
    {
        // 第16条: the last day to serve materials for a hearing on 10 Dec is 3 Dec, whatever the weekday.
        Due(DecisionDeadlines.HearingNotice(), new DateOnly(2026, 12, 10).AddDays(-7)).ShouldBe(new DateOnly(2026, 12, 3));
    }
}
