using Fazhi.Modules.Disputes.Intake;
using Fazhi.Modules.Disputes.Model;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Disputes.Mediation.Committees;

internal sealed class CommitteesPage(CommitteeQueries committees, IntakeDesk intake) : PageModel
{
    public IReadOnlyList<MediationCommittee> Committees { get; private set; } = [];

    public DateOnly Today => intake.Today;

    public async Task OnGetAsync(CancellationToken ct) => Committees = await committees.AllAsync(ct);
}
