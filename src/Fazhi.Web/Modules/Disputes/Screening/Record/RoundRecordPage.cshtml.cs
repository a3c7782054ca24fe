using Fazhi.Modules.Disputes.Model;
using Fazhi.Platform.Audit;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Disputes.Screening.Record;

internal sealed class RoundRecordPage(ScreeningQueries screening, AuditTrailQueries audit) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public ScreeningRound Round { get; private set; } = null!;

    public IReadOnlyList<AuditEntryView> History { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await screening.FindRoundAsync(Id, ct) is not { } round)
        {
            return NotFound();
        }

        Round = round;
        History = await audit.HistoryOfAsync<ScreeningRound>(round.Id, ct);
        return Page();
    }
}
