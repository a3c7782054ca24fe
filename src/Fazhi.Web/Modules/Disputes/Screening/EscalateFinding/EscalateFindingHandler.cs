using System.ComponentModel.DataAnnotations;
using Fazhi.Modules.Disputes.Intake;
using Fazhi.Modules.Disputes.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Deadlines;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Disputes.Screening.EscalateFinding;

public sealed record EscalateFindingRequest(
    DateOnly? EscalatedOn,
    [Required(ErrorMessage = "请写明上报或移交的机关。"), MaxLength(100, ErrorMessage = "不超过 100 字。")] string EscalatedTo);

internal sealed class FindingEscalatedByClerkOrLeader() : WhoMayRule(
    "disputes.screening.escalate.who", "矛盾纠纷上报、移交由法制员（司法所）或领导办理（《信访工作条例》第二十五条：重大、紧急事项及时报告）。", Roles.LegalClerk, Roles.Leader);

internal sealed class EscalateFindingHandler(FazhiDbContext db, Fazhi.Modules.Disputes.Screening.ScreeningQueries screening, IntakeDesk intake, IDeadlines deadlines)
{
    public async Task<ScreeningFinding> HandleAsync(Actor actor, Guid id, EscalateFindingRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        WhoMayRule.Of<FindingEscalatedByClerkOrLeader>().Check(actor);
        var f = await screening.GetAsync(id, ct);
        var on = request.EscalatedOn ?? intake.Today;
        f.Escalate(request.EscalatedTo, on, intake.Today);
        if (f.LeaderDueOn is not null)
        {
            await deadlines.CancelAsync(DisputeDeadlines.LeaderCaseCode, f.Id, $"已上报{f.EscalatedTo}", ct);
        }
        await db.SaveChangesAsync(ct);
        return f;
    }
}
