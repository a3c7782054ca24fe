using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Platform.Deadlines.Board;

/// <summary>The full deadline ledger of the township: filters, pages and the Excel export.</summary>
internal sealed class WorkspaceListModel(DeadlineBoard board) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public DeadlineFilter Filter { get; set; } = new();

    public DeadlinePage Result { get; private set; } = new([], 0, 1, 1);

    public IReadOnlyList<string> Modules { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Filter.TownshipId = null;
        Result = await board.PageAsync(Filter, ct);
        Modules = await board.ModulesAsync(ct);
    }

    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct)
    {
        Filter.TownshipId = null;
        var rows = await board.AllAsync(Filter, ct);
        return File(DeadlineLedgerExport.ToXlsx(rows, withTownship: false), DeadlineLedgerExport.ContentType, $"期限台账-{board.Today:yyyyMMdd}.xlsx");
    }
}
