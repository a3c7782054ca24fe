using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Platform.Deadlines.Board;

/// <summary>
/// The county's view of every township's deadlines: who is late, side by side. Only the townships' own duties are
/// listed and counted; a party's or the public's period is not something a township can be late on (ADR 0016).
/// </summary>
internal sealed class CountyListModel(DeadlineBoard board) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public DeadlineFilter Filter { get; set; } = new();

    public DeadlinePage Result { get; private set; } = new([], 0, 1, 1);

    public DeadlineCounts Counts { get; private set; } = new(0, 0, 0);

    public IReadOnlyList<string> Modules { get; private set; } = [];

    public IReadOnlyList<(Guid Id, string Name)> Townships { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Filter.GovernmentDutiesOnly = true;
        Counts = await board.CountsAsync(ct);
        Result = await board.PageAsync(Filter, ct);
        Modules = await board.ModulesAsync(ct);
        Townships = await board.TownshipsAsync(ct);
    }

    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct)
    {
        Filter.GovernmentDutiesOnly = true;
        var rows = await board.AllAsync(Filter, ct);
        return File(DeadlineLedgerExport.ToXlsx(rows, withTownship: true), DeadlineLedgerExport.ContentType, $"全县期限台账-{board.Today:yyyyMMdd}.xlsx");
    }
}
