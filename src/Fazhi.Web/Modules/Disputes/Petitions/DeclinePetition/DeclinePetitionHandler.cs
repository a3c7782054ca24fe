using System.ComponentModel.DataAnnotations;
using Fazhi.Modules.Disputes.Intake;
using Fazhi.Modules.Disputes.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Deadlines;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Disputes.Petitions.DeclinePetition;

public sealed record DeclinePetitionRequest(
    DateOnly? DeclinedOn,
    [Required(ErrorMessage = "请写明已经受理或正在办理该事项的机关。"), MaxLength(100, ErrorMessage = "不超过 100 字。")] string AcceptedElsewhereBy,
    [Required(ErrorMessage = "请写明不予受理的理由。"), MaxLength(1000, ErrorMessage = "不超过 1000 字。")] string Reason);

internal sealed class PetitionDeclinedByClerkOrLeader() : WhoMayRule(
    "disputes.petition.decline.who", "不予受理由法制员（信访工作人员）或领导办理并告知信访人（《信访工作条例》第十九条第三款）。", Roles.LegalClerk, Roles.Leader);

internal sealed class DeclinePetitionHandler(FazhiDbContext db, Fazhi.Modules.Disputes.Petitions.PetitionQueries petitions, IntakeDesk intake, IDeadlines deadlines)
{
    public async Task<Petition> HandleAsync(Actor actor, Guid id, DeclinePetitionRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        WhoMayRule.Of<PetitionDeclinedByClerkOrLeader>().Check(actor);
        var p = await petitions.GetAsync(id, ct);
        var on = request.DeclinedOn ?? intake.Today;
        p.Decline(on, request.Reason, request.AcceptedElsewhereBy, intake.Today);
        await deadlines.MeetAsync(DisputeDeadlines.PetitionNoticeCode, p.Id, on, ct);
        await deadlines.CancelAsync(DisputeDeadlines.PetitionObjectionCode, p.Id, "不予受理", ct);
        var matter = await intake.GetAsync(p.MatterId, ct);
        matter.EndByProcedure(on, $"同一信访事项已由{p.AcceptedElsewhereBy}受理或正在办理，不予受理：{p.NotAcceptedReason}", IntakeDesk.By(actor));
        await db.SaveChangesAsync(ct);
        return p;
    }
}
