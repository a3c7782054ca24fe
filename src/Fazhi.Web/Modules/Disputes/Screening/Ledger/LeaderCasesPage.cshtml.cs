using Fazhi.Modules.Disputes.Intake;
using Fazhi.Modules.Disputes.Model;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Disputes.Screening.Ledger;

/// <summary>领导包案: every finding a leader owns, with its date and outcome.</summary>
internal sealed class LeaderCasesPage(ScreeningLedger ledger, IntakeDesk intake) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public bool All { get; set; }

    public List<ScreeningFinding> Cases { get; private set; } = [];

    public DateOnly Today => intake.Today;

    public async Task OnGetAsync(CancellationToken ct) => Cases = await ledger.LeaderCasesAsync(!All, ct);
}
