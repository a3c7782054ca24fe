using Fazhi.Platform.Time;

namespace Fazhi.UnitTests.Platform.Time;

/// <summary>
/// One test per State Council notice (国务院办公厅关于某年部分节假日安排的通知), against the project's own embedded
/// data: every holiday span and every 调休 make-up workday, as the notice states them.
/// </summary>
public sealed class OfficialCalendarYearTests
{
    private static readonly WorkingDayCalendar Calendar = new(OfficialCalendarData.Schedules);

    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    private static void AssertNotice(int year, string[] makeUpWorkdays, params (string Name, string First, string Last)[] holidays)
    {
        var schedule = OfficialCalendarData.Schedules.Single(s => s.Year == year);
        schedule.NoticeUrl.ShouldContain("gov.cn");

        var expectedWork = makeUpWorkdays.Select(D).ToList();
        schedule.Days.Where(d => !d.IsOffDay).Select(d => d.Date).Order().ShouldBe(expectedWork);
        foreach (var day in expectedWork)
        {
            day.DayOfWeek.ShouldBeOneOf(DayOfWeek.Saturday, DayOfWeek.Sunday);
            var answer = Calendar.IsWorkingDay(day);
            answer.Value.ShouldBeTrue($"{day} 是调休上班日");
            answer.Unconfirmed.ShouldBeFalse();
        }

        var offDays = 0;
        foreach (var (name, first, last) in holidays)
        {
            for (var day = D(first); day <= D(last); day = day.AddDays(1))
            {
                Calendar.IsWorkingDay(day).Value.ShouldBeFalse($"{day} 是{name}假期");
                Calendar.ExceptionOn(day)!.HolidayName.ShouldBe(name);
                offDays++;
            }
        }

        schedule.Days.Count(d => d.IsOffDay).ShouldBe(offDays);
    }

    [Fact]
    public void Notice2020_HolidaysAndMakeUpDays_MatchTheNotice() =>
        // 春节 extended to 2 February by 国办发明电〔2020〕1号 (the second notice of 2020).
        AssertNotice(2020, ["2020-01-19", "2020-04-26", "2020-05-09", "2020-06-28", "2020-09-27", "2020-10-10"],
            ("元旦", "2020-01-01", "2020-01-01"), ("春节", "2020-01-24", "2020-02-02"), ("清明节", "2020-04-04", "2020-04-06"),
            ("劳动节", "2020-05-01", "2020-05-05"), ("端午节", "2020-06-25", "2020-06-27"), ("国庆节、中秋节", "2020-10-01", "2020-10-08"));

    [Fact]
    public void Notice2021_HolidaysAndMakeUpDays_MatchTheNotice() =>
        AssertNotice(2021, ["2021-02-07", "2021-02-20", "2021-04-25", "2021-05-08", "2021-09-18", "2021-09-26", "2021-10-09"],
            ("元旦", "2021-01-01", "2021-01-03"), ("春节", "2021-02-11", "2021-02-17"), ("清明节", "2021-04-03", "2021-04-05"),
            ("劳动节", "2021-05-01", "2021-05-05"), ("端午节", "2021-06-12", "2021-06-14"), ("中秋节", "2021-09-19", "2021-09-21"),
            ("国庆节", "2021-10-01", "2021-10-07"));

    [Fact]
    public void Notice2022_HolidaysAndMakeUpDays_MatchTheNotice() =>
        AssertNotice(2022, ["2022-01-29", "2022-01-30", "2022-04-02", "2022-04-24", "2022-05-07", "2022-10-08", "2022-10-09"],
            ("元旦", "2022-01-01", "2022-01-03"), ("春节", "2022-01-31", "2022-02-06"), ("清明节", "2022-04-03", "2022-04-05"),
            ("劳动节", "2022-04-30", "2022-05-04"), ("端午节", "2022-06-03", "2022-06-05"), ("中秋节", "2022-09-10", "2022-09-12"),
            ("国庆节", "2022-10-01", "2022-10-07"));

    [Fact]
    public void Notice2023_HolidaysAndMakeUpDays_MatchTheNoticeIncludingTheDayOfThePreviousDecember() =>
        AssertNotice(2023, ["2023-01-28", "2023-01-29", "2023-04-23", "2023-05-06", "2023-06-25", "2023-10-07", "2023-10-08"],
            ("元旦", "2022-12-31", "2023-01-02"), ("春节", "2023-01-21", "2023-01-27"), ("清明节", "2023-04-05", "2023-04-05"),
            ("劳动节", "2023-04-29", "2023-05-03"), ("端午节", "2023-06-22", "2023-06-24"), ("中秋节、国庆节", "2023-09-29", "2023-10-06"));

    [Fact]
    public void Notice2024_HolidaysAndMakeUpDays_MatchTheNotice() =>
        AssertNotice(2024, ["2024-02-04", "2024-02-18", "2024-04-07", "2024-04-28", "2024-05-11", "2024-09-14", "2024-09-29", "2024-10-12"],
            ("元旦", "2024-01-01", "2024-01-01"), ("春节", "2024-02-10", "2024-02-17"), ("清明节", "2024-04-04", "2024-04-06"),
            ("劳动节", "2024-05-01", "2024-05-05"), ("端午节", "2024-06-10", "2024-06-10"), ("中秋节", "2024-09-15", "2024-09-17"),
            ("国庆节", "2024-10-01", "2024-10-07"));

    [Fact]
    public void Notice2025_HolidaysAndMakeUpDays_MatchTheNotice() =>
        AssertNotice(2025, ["2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11"],
            ("元旦", "2025-01-01", "2025-01-01"), ("春节", "2025-01-28", "2025-02-04"), ("清明节", "2025-04-04", "2025-04-06"),
            ("劳动节", "2025-05-01", "2025-05-05"), ("端午节", "2025-05-31", "2025-06-02"), ("国庆节、中秋节", "2025-10-01", "2025-10-08"));

    [Fact]
    public void Notice2026_HolidaysAndMakeUpDays_MatchTheNotice() =>
        AssertNotice(2026, ["2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"],
            ("元旦", "2026-01-01", "2026-01-03"), ("春节", "2026-02-15", "2026-02-23"), ("清明节", "2026-04-04", "2026-04-06"),
            ("劳动节", "2026-05-01", "2026-05-05"), ("端午节", "2026-06-19", "2026-06-21"), ("中秋节", "2026-09-25", "2026-09-27"),
            ("国庆节", "2026-10-01", "2026-10-07"));

    [Fact]
    public void Schedules_CoverExactlyTheNoticeYears2020To2026()
    {
        OfficialCalendarData.Schedules.Select(s => s.Year).ShouldBe([2020, 2021, 2022, 2023, 2024, 2025, 2026]);
        Calendar.IsConfirmed(2027).ShouldBeFalse();
    }
}
