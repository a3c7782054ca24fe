using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Disputes.Petitions.Ledger;

internal sealed class PetitionsPage(PetitionLedger ledger) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public PetitionFilter Filter { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public List<PetitionRow> Rows { get; private set; } = [];

    public int Total { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        PageNumber = Math.Max(1, PageNumber);
        (Rows, Total) = await ledger.PageAsync(Filter, PageNumber, ct);
    }

    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct) =>
        File(await ledger.ExportAsync(Filter, ct), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"信访事项台账{Filter.Year}.xlsx");

    public string PageLink(int page) => $"?{Filter.Query()}&p={page}";
}
