using Fazhi.Modules.Disputes.Model;
using Fazhi.Platform.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Disputes.Intake.Ledger;

internal sealed class MattersPage(MatterLedger ledger, TownshipDirectory directory, IntakeDesk intake) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public MatterFilter Filter { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public List<Matter> Rows { get; private set; } = [];

    public int Total { get; private set; }

    public FormChoices Choices { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        PageNumber = Math.Max(1, PageNumber);
        (Rows, Total) = await ledger.PageAsync(Filter, PageNumber, ct);
        Choices = await FormChoices.LoadAsync(directory, User.ToActor().TownshipId!.Value, intake.Today, ct);
    }

    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct) =>
        File(await ledger.ExportAsync(Filter, ct), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"群众诉求台账{Filter.Year}.xlsx");

    public string PageLink(int page) => $"?{Filter.Query()}&p={page}";
}
