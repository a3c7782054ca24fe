using Fazhi.Modules.Education.Excel;
using Fazhi.Modules.Education.Model;
using Fazhi.Platform.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Education.Staff;

/// <summary>干部职工名册: who serves on a day (default today), with export in the import's shape and a print view.</summary>
internal sealed class StaffPage(StaffLedger ledger, TimeProvider clock) : PageModel
{
    private const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public DateOnly? On { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool All { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<StaffMember> Rows { get; private set; } = [];

    public int Total { get; private set; }

    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public DateOnly Day => On ?? Platform.Time.ChinaTime.Today(clock);

    public async Task OnGetAsync(CancellationToken ct)
    {
        PageNumber = Math.Max(1, PageNumber);
        (var rows, Total) = await ledger.PageAsync(User.ToActor().TownshipId!.Value, All ? null : Day, Q, PageNumber, PageSize, ct);
        Rows = rows;
    }

    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct) =>
        File(await ledger.ExportAsync(User.ToActor().TownshipId!.Value, All ? null : Day, ct), Sheet.ContentType, $"干部职工名册-{Day:yyyyMMdd}.xlsx");
}
