using System.ComponentModel.DataAnnotations;
using Fazhi.Modules.Disputes.Intake;
using Fazhi.Modules.Disputes.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.ErrorHandling;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Disputes.Mediation.Committees.ReleaseMediator;

public sealed record ReleaseMediatorRequest(
    [Required(ErrorMessage = "请选择离任的调解员。")] Guid? MediatorId,
    DateOnly? ReleasedOn,
    [Required(ErrorMessage = "请写明离任原因。"), MaxLength(200, ErrorMessage = "不超过 200 字。")] string Reason);

internal sealed class MediatorReleasedByClerkOrLeader() : WhoMayRule(
    "disputes.committee.release.who", "委员、调解员离任由法制员（司法所）或领导登记（《人民调解法》第十五条）。", Roles.LegalClerk, Roles.Leader);

internal sealed class ReleaseMediatorHandler(FazhiDbContext db, Fazhi.Modules.Disputes.Mediation.Committees.CommitteeQueries committees, IntakeDesk intake)
{
    public async Task<MediationCommittee> HandleAsync(Actor actor, Guid id, ReleaseMediatorRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        WhoMayRule.Of<MediatorReleasedByClerkOrLeader>().Check(actor);
        var c = await committees.GetAsync(id, ct);
        var on = request.ReleasedOn ?? intake.Today;
        BusinessRule.Check(new Rules.DateNotInFuture(on, intake.Today, "离任日期", "releasedOn"));
        c.Release(request.MediatorId!.Value, on, request.Reason);
        await db.SaveChangesAsync(ct);
        return c;
    }
}
