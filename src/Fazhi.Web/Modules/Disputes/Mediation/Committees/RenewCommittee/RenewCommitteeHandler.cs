using System.ComponentModel.DataAnnotations;
using Fazhi.Modules.Disputes.Intake;
using Fazhi.Modules.Disputes.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Deadlines;
using Fazhi.Platform.ErrorHandling;
using Fazhi.Platform.Procedures;
using Microsoft.Extensions.Options;

namespace Fazhi.Modules.Disputes.Mediation.Committees.RenewCommittee;

public sealed record RenewCommitteeRequest(
    [Required(ErrorMessage = "请填写新一届组成日期。")] DateOnly? FormedOn,
    List<Fazhi.Modules.Disputes.Mediation.Committees.CommitteeMemberRequest>? Members);

internal sealed class CommitteeRenewedByClerkOrLeader() : WhoMayRule(
    "disputes.committee.renew.who", "调解委员会换届结果由法制员（司法所）或领导登记（《人民调解法》第九条）。", Roles.LegalClerk, Roles.Leader);

internal sealed class RenewCommitteeHandler(FazhiDbContext db, Fazhi.Modules.Disputes.Mediation.Committees.CommitteeQueries committees, IntakeDesk intake, IDeadlines deadlines, IOptions<DisputesOptions> options)
{
    public async Task<MediationCommittee> HandleAsync(Actor actor, Guid id, RenewCommitteeRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        WhoMayRule.Of<CommitteeRenewedByClerkOrLeader>().Check(actor);
        var c = await committees.GetAsync(id, ct);
        BusinessRule.Check(new Rules.DateNotInFuture(request.FormedOn!.Value, intake.Today, "组成日期", "formedOn"));
        c.Renew(request.FormedOn.Value, Fazhi.Modules.Disputes.Mediation.Committees.CommitteeMemberRequest.Specs(request.Members));
        await deadlines.MeetAsync(DisputeDeadlines.CommitteeTermCode, c.Id, c.FormedOn, ct);
        await deadlines.OpenAsync(DisputeDeadlines.CommitteeTerm(c, options.Value), c.TownshipId, Fazhi.Modules.Disputes.Mediation.Committees.FormCommittee.FormCommitteeHandler.SubjectOf(c), c.FormedOn, ct);
        await db.SaveChangesAsync(ct);
        return c;
    }
}
