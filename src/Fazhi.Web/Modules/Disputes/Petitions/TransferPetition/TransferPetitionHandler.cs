using System.ComponentModel.DataAnnotations;
using Fazhi.Modules.Disputes.Intake;
using Fazhi.Modules.Disputes.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Deadlines;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Disputes.Petitions.TransferPetition;

public sealed record TransferPetitionRequest(
    DateOnly? TransferredOn,
    [Required(ErrorMessage = "请写明转送的机关。"), MaxLength(100, ErrorMessage = "不超过 100 字。")] string TransferredTo);

internal sealed class PetitionTransferredByClerkOrLeader() : WhoMayRule(
    "disputes.petition.transfer.who", "转送信访事项由法制员（信访工作人员）或领导办理（《信访工作条例》第二十三条第一款）。", Roles.LegalClerk, Roles.Leader);

internal sealed class TransferPetitionHandler(FazhiDbContext db, Fazhi.Modules.Disputes.Petitions.PetitionQueries petitions, IntakeDesk intake, IDeadlines deadlines)
{
    public async Task<Petition> HandleAsync(Actor actor, Guid id, TransferPetitionRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        WhoMayRule.Of<PetitionTransferredByClerkOrLeader>().Check(actor);
        var p = await petitions.GetAsync(id, ct);
        var on = request.TransferredOn ?? intake.Today;
        p.TransferOut(on, request.TransferredTo, intake.Today);
        await deadlines.MeetAsync(DisputeDeadlines.PetitionNoticeCode, p.Id, on, ct);
        await deadlines.CancelAsync(DisputeDeadlines.PetitionObjectionCode, p.Id, "已转送", ct);
        var matter = await intake.GetAsync(p.MatterId, ct);
        matter.EndByProcedure(on, $"已转送{p.TransferredTo}办理，并告知信访人转送去向。", IntakeDesk.By(actor));
        await db.SaveChangesAsync(ct);
        return p;
    }
}
