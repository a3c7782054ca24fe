using System.Globalization;
using Fazhi.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Fazhi.Platform.Time;

/// <summary>JSON answer of the calendar API; <c>warning</c> is set whenever a year without a schedule was used.</summary>
internal sealed record CalendarApiAnswer<T>(T Result, bool Unconfirmed, IReadOnlyList<int> UnconfirmedYears, string? Warning);

/// <summary>The public calendar API: anyone may ask whether a day is a working day or when a period ends.</summary>
internal static class CalendarEndpoints
{
    private const int MaxDays = 3650;

    internal static void MapCalendarApi(this RouteGroupBuilder group)
    {
        group.MapGet("/is-working-day", async Task<Results<Ok<CalendarApiAnswer<bool>>, ValidationProblem>> (string? date, ICalendarProvider calendars, CancellationToken ct) =>
        {
            var errors = new Dictionary<string, string[]>();
            var day = ParseDate(date, "date", errors);
            if (errors.Count > 0)
            {
                return TypedResults.ValidationProblem(errors);
            }

            var calendar = await calendars.GetAsync(ct);
            return TypedResults.Ok(ToApi(calendar.IsWorkingDay(day)));
        }).WithSummary("是否工作日");

        group.MapGet("/add-working-days", async Task<Results<Ok<CalendarApiAnswer<DateOnly>>, ValidationProblem>> (string? start, string? days, ICalendarProvider calendars, CancellationToken ct) =>
        {
            var errors = new Dictionary<string, string[]>();
            var from = ParseDate(start, "start", errors);
            var count = ParseDays(days, "days", errors);
            if (errors.Count > 0)
            {
                return TypedResults.ValidationProblem(errors);
            }

            var calendar = await calendars.GetAsync(ct);
            return TypedResults.Ok(ToApi(calendar.AddWorkingDays(from, count)));
        }).WithSummary("起算日后第 N 个工作日（起算日不计入）");

        group.MapGet("/add-calendar-days", async Task<Results<Ok<CalendarApiAnswer<DateOnly>>, ValidationProblem>> (string? start, string? days, string? rollOver, ICalendarProvider calendars, CancellationToken ct) =>
        {
            var errors = new Dictionary<string, string[]>();
            var from = ParseDate(start, "start", errors);
            var count = ParseDays(days, "days", errors);
            var roll = true;
            if (rollOver is not null && !bool.TryParse(rollOver, out roll))
            {
                errors["rollOver"] = ["rollOver 应为 true 或 false。"];
            }

            if (errors.Count > 0)
            {
                return TypedResults.ValidationProblem(errors);
            }

            var calendar = await calendars.GetAsync(ct);
            return TypedResults.Ok(ToApi(calendar.AddCalendarDays(from, count, roll)));
        }).WithSummary("起算日后 N 日，期间届满日为法定休假日的顺延（民事诉讼法第八十五条）");

        group.MapGet("/working-days-between", async Task<Results<Ok<CalendarApiAnswer<int>>, ValidationProblem>> (string? from, string? to, ICalendarProvider calendars, CancellationToken ct) =>
        {
            var errors = new Dictionary<string, string[]>();
            var a = ParseDate(from, "from", errors);
            var b = ParseDate(to, "to", errors);
            if (errors.Count == 0 && Math.Abs(b.DayNumber - a.DayNumber) > MaxDays * 2)
            {
                errors["to"] = ["两个日期相隔不能超过 20 年。"];
            }

            if (errors.Count > 0)
            {
                return TypedResults.ValidationProblem(errors);
            }

            var calendar = await calendars.GetAsync(ct);
            return TypedResults.Ok(ToApi(calendar.WorkingDaysBetween(a, b)));
        }).WithSummary("两日之间的工作日数（不含起始日，含结束日）");
    }

    private static CalendarApiAnswer<T> ToApi<T>(CalendarAnswer<T> answer) =>
        new(answer.Value, answer.Unconfirmed, answer.UnconfirmedYears, answer.Warning);

    private static DateOnly ParseDate(string? value, string name, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors[name] = [$"请提供日期参数 {name}，格式为 yyyy-MM-dd。"];
            return default;
        }

        if (!DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            || date.Year is < 1950 or > 2200)
        {
            errors[name] = [$"日期“{value}”无效，格式应为 yyyy-MM-dd，年份在 1950—2200 之间。"];
            return default;
        }

        return date;
    }

    private static int ParseDays(string? value, string name, Dictionary<string, string[]> errors)
    {
        if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var days) || days > MaxDays)
        {
            errors[name] = [$"天数应为 0—{MaxDays} 之间的整数。"];
            return 0;
        }

        return days;
    }
}

public static class CalendarModule
{
    public static IServiceCollection AddFazhiCalendar(this IServiceCollection services)
    {
        services.AddSingleton<ICalendarProvider, CalendarProvider>();
        services.AddScoped<ManageCalendar.CalendarAdministration>();
        services.AddScoped<Data.IStartupSeeder, ManageCalendar.ReferenceCalendarSeeder>();
        services.AddMenuItem(new MenuItem(MenuAreas.Admin, "节假日安排", "/admin/calendar", 30));
        return services;
    }

    public static IEndpointRouteBuilder MapCalendarEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapApiGroup("/api/calendar", "工作日历").MapCalendarApi();
        return app;
    }
}
