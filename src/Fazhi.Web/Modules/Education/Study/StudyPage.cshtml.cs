using Fazhi.Modules.Education.Excel;
using Fazhi.Modules.Education.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Education.Study;

/// <summary>学法记录台账 of a year: sessions with attendance, held against planned by form, export and print.</summary>
internal sealed class StudyPage(StudyLedger ledger, FazhiDbContext db, TimeProvider clock) : PageModel
{
    private const int PageSize = 30;

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public StudyKind? Kind { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<StudySession> Rows { get; private set; } = [];

    public int Total { get; private set; }

    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);

    /// <summary>Held against planned, by form, for the year.</summary>
    public IReadOnlyList<(StudyKind Kind, int Planned, int Held)> ByKind { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Year ??= Platform.Time.ChinaTime.Today(clock).Year;
        PageNumber = Math.Max(1, PageNumber);
        var townshipId = User.ToActor().TownshipId!.Value;
        (var rows, Total) = await ledger.PageAsync(townshipId, Year.Value, Kind, PageNumber, PageSize, ct);
        Rows = rows;
        var held = await ledger.Query(townshipId, Year.Value, null).GroupBy(s => s.Kind).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var plan = await db.Set<StudyPlan>().AsNoTracking().SingleOrDefaultAsync(p => p.TownshipId == townshipId && p.Year == Year, ct);
        ByKind = [.. Enum.GetValues<StudyKind>()
            .Select(k => (k, plan?.Items.Count(i => i.Kind == k) ?? 0, held.FirstOrDefault(h => h.Key == k)?.Count ?? 0))
            .Where(r => r.Item2 > 0 || r.Item3 > 0)];
    }

    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct)
    {
        var year = Year ?? Platform.Time.ChinaTime.Today(clock).Year;
        return File(await ledger.ExportAsync(User.ToActor().TownshipId!.Value, year, ct), Sheet.ContentType, $"学法记录台账-{year}.xlsx");
    }
}
