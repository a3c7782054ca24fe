using Fazhi.Modules.Disputes.Intake;
using Fazhi.Modules.Disputes.Model;
using Fazhi.Platform.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Disputes.Screening.Ledger;

internal sealed class ScreeningPage(ScreeningLedger ledger, TownshipDirectory directory, IntakeDesk intake) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? VillageId { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public List<ScreeningRound> Rounds { get; private set; } = [];

    public int Total { get; private set; }

    public IReadOnlyList<VillageScreening> ByVillage { get; private set; } = [];

    public FormChoices Choices { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Year ??= intake.Today.Year;
        PageNumber = Math.Max(1, PageNumber);
        (Rounds, Total) = await ledger.PageAsync(Year.Value, VillageId, PageNumber, ct);
        ByVillage = await ledger.ByVillageAsync(Year.Value, ct);
        Choices = await FormChoices.LoadAsync(directory, User.ToActor().TownshipId!.Value, intake.Today, ct);
    }

    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct) =>
        File(await ledger.ExportAsync(Year ?? intake.Today.Year, VillageId, ct), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"矛盾纠纷排查台账{Year}.xlsx");

    public string PageLink(int page) => $"?year={Year}&villageId={VillageId}&p={page}";
}
