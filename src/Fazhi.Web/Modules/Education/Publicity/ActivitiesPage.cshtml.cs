using Fazhi.Modules.Education.Excel;
using Fazhi.Modules.Education.Model;
using Fazhi.Modules.Education.Publicity.ImportActivities;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Education.Publicity;

/// <summary>普法活动台账: filters, paging in SQL, coverage by village, export, import and print.</summary>
internal sealed class ActivitiesPage(ActivityLedger ledger, ImportActivitiesHandler import, EducationQueries queries, TimeProvider clock) : PageModel
{
    private const int PageSize = 30;

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public ThemeCategory? Category { get; set; }

    [BindProperty(SupportsGet = true)]
    public VenueKind? Venue { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<PublicityActivity> Rows { get; private set; } = [];

    public int Total { get; private set; }

    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public IReadOnlyList<VillageCoverage> Coverage { get; private set; } = [];

    public IReadOnlyDictionary<Guid, string> Places { get; private set; } = new Dictionary<Guid, string>();

    public ImportReport? Report { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct)
    {
        var year = Year ?? Platform.Time.ChinaTime.Today(clock).Year;
        return File(await ledger.ExportAsync(User.ToActor().TownshipId!.Value, year, ct), Sheet.ContentType, $"普法活动台账-{year}.xlsx");
    }

    [WhoMay<ActivitiesRecordedWhereTheyHappen>]
    public async Task<IActionResult> OnPostImportAsync(IFormFile? file, CancellationToken ct)
    {
        if (file is null || file.Length == 0)
        {
            ModelState.AddModelError("file", "请选择要导入的 Excel 文件（.xlsx）。");
        }
        else
        {
            await using var stream = file.OpenReadStream();
            using var buffer = new MemoryStream();
            await stream.CopyToAsync(buffer, ct);
            buffer.Position = 0;
            Report = await import.HandleAsync(User.ToActor(), buffer, ct);
        }

        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Year ??= Platform.Time.ChinaTime.Today(clock).Year;
        PageNumber = Math.Max(1, PageNumber);
        var townshipId = User.ToActor().TownshipId!.Value;
        var query = ledger.Query(townshipId, Year.Value, Category, Venue);
        Total = await query.CountAsync(ct);
        Rows = await query.OrderByDescending(a => a.HeldOn).ThenBy(a => a.Title).Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        Coverage = await ledger.CoverageAsync(townshipId, Year.Value, ct);
        var places = new Dictionary<Guid, string>();
        foreach (var v in await queries.VillagesAsync(townshipId, ct))
        {
            places[v.Id] = v.Name;
        }

        foreach (var s in await queries.SchoolsAsync(townshipId, ct))
        {
            places[s.Id] = s.Name;
        }

        Places = places;
    }

    public string PlaceOf(PublicityActivity a) =>
        (a.VillageId ?? a.SchoolId) is { } id && Places.TryGetValue(id, out var name) ? name + (a.Place.Length > 0 ? " " + a.Place : "") : a.Place;
}
