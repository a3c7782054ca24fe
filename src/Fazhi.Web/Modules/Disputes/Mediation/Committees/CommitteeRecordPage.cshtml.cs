using Fazhi.Modules.Disputes.Intake;
using Fazhi.Modules.Disputes.Model;
using Fazhi.Platform.Audit;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Deadlines;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Disputes.Mediation.Committees;

internal sealed class CommitteeRecordPage(CommitteeQueries committees, TownshipDirectory directory, IntakeDesk intake, IDeadlines deadlines, AuditTrailQueries audit) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public MediationCommittee Committee { get; private set; } = null!;

    public FormChoices Choices { get; private set; } = null!;

    public IReadOnlyList<DeadlineInfo> Deadlines { get; private set; } = [];

    public IReadOnlyList<AuditEntryView> History { get; private set; } = [];

    public Actor Actor => User.ToActor();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await committees.FindAsync(Id, ct) is not { } committee)
        {
            return NotFound();
        }

        Committee = committee;
        Choices = await FormChoices.LoadAsync(directory, committee.TownshipId, intake.Today, ct);
        Deadlines = await deadlines.ForSubjectAsync(committee.Id, ct);
        History = await audit.HistoryOfAsync<MediationCommittee>(committee.Id, ct);
        return Page();
    }
}
