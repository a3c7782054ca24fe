using Fazhi.Modules.Disputes.Intake;
using Fazhi.Modules.Disputes.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Deadlines;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Disputes.Screening.Record;

internal sealed class FindingRecordPage(ScreeningQueries screening, TownshipDirectory directory, IntakeDesk intake, IDeadlines deadlines) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public ScreeningFinding Finding { get; private set; } = null!;

    public FormChoices Choices { get; private set; } = null!;

    public IReadOnlyList<DeadlineInfo> Deadlines { get; private set; } = [];

    public Actor Actor => User.ToActor();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await screening.FindAsync(Id, ct) is not { } finding)
        {
            return NotFound();
        }

        Finding = finding;
        Choices = await FormChoices.LoadAsync(directory, finding.TownshipId, intake.Today, ct);
        Deadlines = await deadlines.ForSubjectAsync(finding.Id, ct);
        return Page();
    }
}
