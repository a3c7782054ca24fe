using System.ComponentModel.DataAnnotations;
using Fazhi.Modules.Disputes.Intake;
using Fazhi.Modules.Disputes.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.ErrorHandling;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Disputes.Mediation.Cases.TerminateMediation;

public sealed record TerminateMediationRequest(
    DateOnly? EndedOn,
    [Required(ErrorMessage = "请写明调解不成的原因。"), MaxLength(1000, ErrorMessage = "不超过 1000 字。")] string Reason,
    [MaxLength(500, ErrorMessage = "不超过 500 字。")] string? RoutesAdvised);

internal sealed class MediationTerminatedByClerkOrLeader() : WhoMayRule(
    "disputes.mediation.termination.who", "终止调解由法制员（司法所）或领导登记（《人民调解法》第二十六条）。", Roles.LegalClerk, Roles.Leader);

internal sealed class TerminateMediationHandler(FazhiDbContext db, Fazhi.Modules.Disputes.Mediation.Cases.CaseQueries cases, IntakeDesk intake, Fazhi.Modules.Disputes.Mediation.Cases.CaseOutcomes outcomes)
{
    public async Task<MediationCase> HandleAsync(Actor actor, Guid id, TerminateMediationRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        WhoMayRule.Of<MediationTerminatedByClerkOrLeader>().Check(actor);
        var c = await cases.GetAsync(id, ct);
        var on = request.EndedOn ?? intake.Today;
        BusinessRule.Check(new Rules.DateNotInFuture(on, intake.Today, "终止日期", "endedOn"));
        c.Terminate(on, request.Reason, request.RoutesAdvised ?? "");
        await outcomes.EndedWithoutAgreementAsync(c, IntakeDesk.By(actor), deadlinesOpen: true, ct);
        await db.SaveChangesAsync(ct);
        return c;
    }
}
