using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Fazhi.Platform.Data;

namespace Fazhi.Platform.Time.ManageCalendar.Pages;

internal sealed class IndexModel(FazhiDbContext db, TimeProvider clock) : PageModel
{
    internal sealed record YearRow(int Year, bool Entered, string? NoticeUrl, int Holidays, int MakeUpDays, string? EnteredBy, DateTimeOffset? EnteredAt);

    public List<YearRow> Years { get; private set; } = [];

    public int NextYear { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var entered = await db.Set<CalendarYear>().AsNoTracking()
            .Select(y => new YearRow(y.Year, true, y.NoticeUrl, y.Days.Count(d => d.IsOffDay), y.Days.Count(d => !d.IsOffDay), y.EnteredBy, y.EnteredAt))
            .ToListAsync(ct);
        // The notice for year Y appears in the winter of Y-1, so next year is always listed, entered or not.
        NextYear = ChinaTime.Today(clock).Year + 1;
        var last = Math.Max(NextYear, entered.Count == 0 ? NextYear : entered.Max(y => y.Year));
        var first = Math.Min(2020, entered.Count == 0 ? 2020 : entered.Min(y => y.Year));
        Years = [.. Enumerable.Range(first, last - first + 1)
            .Select(year => entered.SingleOrDefault(y => y.Year == year) ?? new YearRow(year, false, null, 0, 0, null, null))
            .OrderByDescending(y => y.Year)];
    }
}
