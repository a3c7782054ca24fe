using System.ComponentModel.DataAnnotations;
using Fazhi.Modules.Disputes.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.ErrorHandling;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Disputes.Intake.Close;

public sealed record CloseMatterRequest([Required(ErrorMessage = "请填写办结日期。")] DateOnly? ClosedOn);

internal sealed class MatterClosedByClerkOrLeader() : WhoMayRule(
    "disputes.matter.close.who", "群众诉求由法制员（司法所）或领导审核后办结。", Roles.LegalClerk, Roles.Leader);

internal sealed class CloseMatterHandler(FazhiDbContext db, MatterQueries matters, IntakeDesk intake)
{
    public async Task<Matter> HandleAsync(Actor actor, Guid id, CloseMatterRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        WhoMayRule.Of<MatterClosedByClerkOrLeader>().Check(actor);
        var matter = await matters.GetAsync(id, ct);
        var on = request.ClosedOn ?? intake.Today;
        BusinessRule.Check(new Rules.DateNotInFuture(on, intake.Today, "办结日期", "closedOn"));
        matter.Close(on);
        await db.SaveChangesAsync(ct);
        return matter;
    }
}
