using System.ComponentModel.DataAnnotations;
using Fazhi.Modules.Disputes.Intake;
using Fazhi.Modules.Disputes.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.ErrorHandling;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Disputes.Mediation.Cases.AssignMediators;

public sealed record AssignMediatorsRequest(
    [Required(ErrorMessage = "请至少选择一名调解员。"), MinLength(1, ErrorMessage = "请至少选择一名调解员。")] List<Guid>? MediatorIds,
    DateOnly? AssignedOn);

internal sealed class MediatorsAssignedByClerkOrLeader() : WhoMayRule(
    "disputes.mediation.mediators.who", "调解员由人民调解委员会指定或由当事人选择（《人民调解法》第十九条），由法制员（司法所）或领导登记。", Roles.LegalClerk, Roles.Leader);

internal sealed class AssignMediatorsHandler(FazhiDbContext db, Fazhi.Modules.Disputes.Mediation.Cases.CaseQueries cases, IntakeDesk intake, Fazhi.Modules.Disputes.Mediation.Committees.CommitteeQueries committees)
{
    public async Task<MediationCase> HandleAsync(Actor actor, Guid id, AssignMediatorsRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        WhoMayRule.Of<MediatorsAssignedByClerkOrLeader>().Check(actor);
        var c = await cases.GetAsync(id, ct);
        var committee = await committees.GetAsync(c.CommitteeId, ct);
        var on = request.AssignedOn ?? intake.Today;
        BusinessRule.Check(new Rules.DateNotInFuture(on, intake.Today, "指定日期", "assignedOn"));
        c.AssignMediators(committee, request.MediatorIds ?? [], on);
        await db.SaveChangesAsync(ct);
        return c;
    }
}
