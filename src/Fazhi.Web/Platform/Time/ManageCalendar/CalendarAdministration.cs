using System.ComponentModel.DataAnnotations;
using Fazhi.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Platform.Time.ManageCalendar;

internal sealed class CalendarYearInput
{
    [Required(ErrorMessage = "请填写通知网址。")]
    [MaxLength(1000, ErrorMessage = "网址不超过 1000 字符。")]
    public string NoticeUrl { get; set; } = "";

    public List<CalendarDayInput> Days { get; set; } = [];
}

internal sealed class CalendarDayInput
{
    public DateOnly? Date { get; set; }

    /// <summary>True = 放假, false = 调休上班.</summary>
    public bool IsOffDay { get; set; } = true;

    [MaxLength(20, ErrorMessage = "节日名称不超过 20 字。")]
    public string? HolidayName { get; set; }

    public bool IsBlank => Date is null && string.IsNullOrWhiteSpace(HolidayName);
}

/// <summary>A field of the year form that is wrong, with the Chinese message shown next to it.</summary>
internal sealed record CalendarFieldError(string Field, string Message);

/// <summary>
/// Enters or replaces the schedule of one notice year. The administrator's form and the reference seeder both come
/// through here, so the shipped 2020–2026 data obeys the same checks as a year typed in by hand.
/// </summary>
internal sealed class CalendarAdministration(FazhiDbContext db, ICalendarProvider calendars, TimeProvider clock)
{
    public const int FirstYear = 2000;
    public const int LastYear = 2100;

    public async Task<IReadOnlyList<CalendarFieldError>> ValidateAsync(int year, CalendarYearInput input, CancellationToken ct)
    {
        var errors = new List<CalendarFieldError>();
        if (year is < FirstYear or > LastYear)
        {
            errors.Add(new("Year", $"年份应在 {FirstYear}—{LastYear} 之间。"));
            return errors;
        }

        foreach (var url in input.NoticeUrl.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            {
                errors.Add(new("Input.NoticeUrl", "通知网址应以 http:// 或 https:// 开头，多个网址用空格分隔。"));
                break;
            }
        }

        var otherYears = await db.Set<CalendarDay>().AsNoTracking()
            .Where(d => d.Year != year && d.Date >= new DateOnly(year - 1, 12, 1) && d.Date <= new DateOnly(year, 12, 31))
            .ToDictionaryAsync(d => d.Date, d => d.Year, ct);
        var seen = new HashSet<DateOnly>();
        var entered = 0;
        for (var i = 0; i < input.Days.Count; i++)
        {
            var day = input.Days[i];
            var field = $"Input.Days[{i}]";
            if (day.IsBlank)
            {
                continue;
            }

            entered++;
            if (day.Date is not { } date)
            {
                errors.Add(new($"{field}.Date", "请填写日期。"));
                continue;
            }

            if (string.IsNullOrWhiteSpace(day.HolidayName))
            {
                errors.Add(new($"{field}.HolidayName", "请填写节日名称，如“春节”。"));
            }

            // A notice covers its own year; only the 元旦 holiday may begin in the last days of the previous December
            // (the 2023 notice gives 2022-12-31 off).
            var insideYear = date.Year == year || (day.IsOffDay && date.Year == year - 1 && date.Month == 12 && date.Day >= 25);
            if (!insideYear)
            {
                errors.Add(new($"{field}.Date", $"日期应在 {year} 年内（元旦放假可从上年12月末开始）。"));
                continue;
            }

            if (!day.IsOffDay && date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                errors.Add(new($"{field}.Date", $"{date:yyyy-MM-dd} 是{WeekdayName(date)}，调休上班日只能是周六或周日。"));
            }

            if (!seen.Add(date))
            {
                errors.Add(new($"{field}.Date", $"{date:yyyy-MM-dd} 重复填写。"));
            }
            else if (otherYears.TryGetValue(date, out var otherYear))
            {
                errors.Add(new($"{field}.Date", $"{date:yyyy-MM-dd} 已在 {otherYear} 年的安排中录入。"));
            }
        }

        if (entered == 0)
        {
            errors.Add(new("Input.Days", "请至少填写一天放假或调休安排。"));
        }

        return errors;
    }

    /// <summary>Validates and saves; returns the field errors instead of saving when there are any.</summary>
    /// <summary>The administrator's step on the calendar page: enters (or corrects) a year's official schedule.</summary>
    public Task<IReadOnlyList<CalendarFieldError>> SaveAsync(Auth.Actor admin, int year, CalendarYearInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(admin);
        Procedures.WhoMayRule.Of<CalendarEnteredByAdministrator>().Check(admin);
        return SaveAsync(year, input, admin.UserName, ct);
    }

    public async Task<IReadOnlyList<CalendarFieldError>> SaveAsync(int year, CalendarYearInput input, string enteredBy, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = await ValidateAsync(year, input, ct);
        if (errors.Count > 0)
        {
            return errors;
        }

        var existing = await db.Set<CalendarYear>().Include(y => y.Days).SingleOrDefaultAsync(y => y.Year == year, ct);
        if (existing is null)
        {
            existing = new CalendarYear { Year = year };
            db.Add(existing);
        }
        else
        {
            db.RemoveRange(existing.Days);
            existing.Days.Clear();
            // Delete the old rows first: the unique index on the date would refuse a re-entered date otherwise.
            await db.SaveChangesAsync(ct);
        }

        existing.NoticeUrl = string.Join(' ', input.NoticeUrl.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        existing.EnteredAt = clock.GetUtcNow();
        existing.EnteredBy = enteredBy;
        foreach (var day in input.Days.Where(d => !d.IsBlank).OrderBy(d => d.Date))
        {
            // Added explicitly: a child with a preset Guid key found through the navigation would be taken as existing.
            var row = new CalendarDay { Year = year, Date = day.Date!.Value, IsOffDay = day.IsOffDay, HolidayName = day.HolidayName!.Trim() };
            existing.Days.Add(row);
            db.Add(row);
        }

        await db.SaveChangesAsync(ct);
        calendars.Invalidate();
        return [];
    }

    internal static string WeekdayName(DateOnly date) => date.DayOfWeek switch
    {
        DayOfWeek.Monday => "周一",
        DayOfWeek.Tuesday => "周二",
        DayOfWeek.Wednesday => "周三",
        DayOfWeek.Thursday => "周四",
        DayOfWeek.Friday => "周五",
        DayOfWeek.Saturday => "周六",
        DayOfWeek.Sunday => "周日",
        _ => "",
    };
}

/// <summary>Enters the shipped 2020–2026 notices on start-up, through the administrators' own code path, if missing.</summary>
internal sealed class ReferenceCalendarSeeder : IStartupSeeder
{
    public int Order => 10;

    public bool IsDemoData => false;

    public async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<FazhiDbContext>();
        var administration = ActivatorUtilities.CreateInstance<CalendarAdministration>(services);
        var entered = await db.Set<CalendarYear>().Select(y => y.Year).ToListAsync(cancellationToken);
        foreach (var schedule in OfficialCalendarData.Schedules.Where(s => !entered.Contains(s.Year)))
        {
            var input = new CalendarYearInput
            {
                NoticeUrl = schedule.NoticeUrl,
                Days = [.. schedule.Days.Select(d => new CalendarDayInput { Date = d.Date, IsOffDay = d.IsOffDay, HolidayName = d.HolidayName })],
            };
            var errors = await administration.SaveAsync(schedule.Year, input, "系统（国务院办公厅通知）", cancellationToken);
            if (errors.Count > 0)
            {
                throw new InvalidOperationException($"Shipped calendar {schedule.Year} is invalid: {string.Join("; ", errors.Select(e => e.Message))}");
            }
        }
    }
}

/// <summary>
/// Every statutory period in every township is counted on this calendar (ADR 0005), so the year's schedule is entered
/// from the 国务院办公厅 notice by the system administrator alone (ADR 0010).
/// </summary>
internal sealed class CalendarEnteredByAdministrator() : Procedures.WhoMayRule(
    "calendar.entry.who", "节假日安排按国务院办公厅通知由系统管理员录入，请使用系统管理员账户操作。", Auth.Roles.Administrator);
