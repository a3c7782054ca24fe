using Fazhi.Modules.Disclosure.Model;
using Fazhi.Platform.Data;
using Fazhi.Platform.Deadlines;
using Fazhi.Platform.Time;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Disclosure.Requests;

/// <summary>
/// What the steps of an application share: loading it through the tenant filter, today's date and calendar, and the
/// one place the reply period's deadline follows the aggregate — opened on receipt, set aside while a correction or a
/// consultation keeps the period still (第30条, 第33条第3款), opened again for what is left of it.
/// </summary>
internal sealed class RequestDesk(FazhiDbContext db, IDeadlines deadlines, ICalendarProvider calendars, TimeProvider clock)
{
    public FazhiDbContext Db => db;

    public IDeadlines Deadlines => deadlines;

    public DateOnly Today => ChinaTime.Today(clock);

    public Task<WorkingDayCalendar> CalendarAsync(CancellationToken ct) => calendars.GetAsync(ct);

    public Task<DisclosureRequest?> FindAsync(Guid id, CancellationToken ct) => db.Set<DisclosureRequest>().SingleOrDefaultAsync(r => r.Id == id, ct);

    public static string Url(Guid id) => $"/workspace/disclosure/requests/{id}";

    public static DeadlineSubject SubjectOf(DisclosureRequest r) =>
        new("disclosure", nameof(DisclosureRequest), r.Id, $"政府信息公开申请 {r.Number}：{Shorten(r.Description)}", Url(r.Id));

    /// <summary>Opens the reply deadline for the period left from <paramref name="from"/> to the aggregate's due date.</summary>
    public async Task OpenReplyAsync(DisclosureRequest r, DateOnly from, WorkingDayCalendar calendar, CancellationToken ct)
    {
        var left = calendar.WorkingDaysBetween(from, r.ReplyDueOn!.Value).Value;
        await deadlines.OpenAsync(DisclosureDeadlines.Reply(left), r.TownshipId, SubjectOf(r), from, ct);
    }

    public Task SetReplyAsideAsync(DisclosureRequest r, string reason, CancellationToken ct) =>
        deadlines.CancelAsync(DisclosureDeadlines.ReplyCode, r.Id, reason, ct);

    /// <summary>The next 受理编号 of the township's year, read past the tenant filter because the portal's visitor files it.</summary>
    public Task<int> NextSequenceAsync(Guid townshipId, int year, CancellationToken ct) =>
        NumberSeries.NextAsync<DisclosureRequest>(db, townshipId, year, ct);

    private static string Shorten(string text) => text.Length <= 24 ? text : text[..24] + "…";
}
