using System.ComponentModel.DataAnnotations;
using Fazhi.Modules.Disputes.Intake;
using Fazhi.Modules.Disputes.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Deadlines;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Disputes.Petitions.ObjectPetition;

public sealed record ObjectPetitionRequest(
    DateOnly? ObjectedOn,
    [Required(ErrorMessage = "请详细说明异议理由。"), MaxLength(1000, ErrorMessage = "不超过 1000 字。")] string Reason);

internal sealed class PetitionObjectedByClerkOrLeader() : WhoMayRule(
    "disputes.petition.objection.who", "对转送、交办事项提出异议由法制员（信访工作人员）或领导办理（《信访工作条例》第二十三条第三款）。", Roles.LegalClerk, Roles.Leader);

internal sealed class ObjectPetitionHandler(FazhiDbContext db, Fazhi.Modules.Disputes.Petitions.PetitionQueries petitions, IntakeDesk intake, IDeadlines deadlines)
{
    public async Task<Petition> HandleAsync(Actor actor, Guid id, ObjectPetitionRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        WhoMayRule.Of<PetitionObjectedByClerkOrLeader>().Check(actor);
        var p = await petitions.GetAsync(id, ct);
        var on = request.ObjectedOn ?? intake.Today;
        var due = (await deadlines.ComputeDueAsync(DisputeDeadlines.PetitionObjection, p.ReceivedOn, ct)).Date;
        p.Object(on, request.Reason, due, intake.Today);
        await deadlines.MeetAsync(DisputeDeadlines.PetitionObjectionCode, p.Id, on, ct);
        await deadlines.CancelAsync(DisputeDeadlines.PetitionNoticeCode, p.Id, "已对转送交办提出异议，经核实同意后交还材料", ct);
        var matter = await intake.GetAsync(p.MatterId, ct);
        matter.EndByProcedure(on, $"已向{p.FromOrgan}提出异议：{p.ObjectionReason}", IntakeDesk.By(actor));
        await db.SaveChangesAsync(ct);
        return p;
    }
}
