using System.ComponentModel.DataAnnotations;
using Fazhi.Modules.Disputes.Intake;
using Fazhi.Modules.Disputes.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Deadlines;
using Fazhi.Platform.Procedures;
using Microsoft.Extensions.Options;

namespace Fazhi.Modules.Disputes.Petitions.AcceptPetition;

public sealed record AcceptPetitionRequest(
    DateOnly? AcceptedOn,
    bool OnTheSpot,
    [EnumDataType(typeof(PetitionRoute), ErrorMessage = "请选择处理途径。")] PetitionRoute Route,
    [Required(ErrorMessage = "请写明告知信访人的处理途径和程序。"), MaxLength(2000, ErrorMessage = "不超过 2000 字。")] string Note);

internal sealed class PetitionAcceptedByClerkOrLeader() : WhoMayRule(
    "disputes.petition.accept.who", "信访事项的受理和书面告知由法制员（信访工作人员）或领导办理（《信访工作条例》第二十三条）。", Roles.LegalClerk, Roles.Leader);

internal sealed class AcceptPetitionHandler(FazhiDbContext db, Fazhi.Modules.Disputes.Petitions.PetitionQueries petitions, IntakeDesk intake, IDeadlines deadlines, IOptions<DisputesOptions> options)
{
    public async Task<Petition> HandleAsync(Actor actor, Guid id, AcceptPetitionRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        WhoMayRule.Of<PetitionAcceptedByClerkOrLeader>().Check(actor);
        var p = await petitions.GetAsync(id, ct);
        var on = request.AcceptedOn ?? intake.Today;
        var due = (await deadlines.ComputeDueAsync(DisputeDeadlines.PetitionHandling(options.Value), on, ct)).Date;
        p.Accept(on, request.OnTheSpot, request.Route, request.Note, due, await petitions.EarlierAcceptedAsync(p, ct), intake.Today);
        await deadlines.MeetAsync(DisputeDeadlines.PetitionNoticeCode, p.Id, on, ct);
        await deadlines.MeetAsync(DisputeDeadlines.PetitionObjectionCode, p.Id, on, ct);
        if (p.Status == PetitionStatus.Accepted)
        {
            await deadlines.OpenAsync(DisputeDeadlines.PetitionHandling(options.Value), p.TownshipId, Fazhi.Modules.Disputes.Petitions.PetitionQueries.SubjectOf(p), on, ct);
        }
        else
        {
        var matter = await intake.GetAsync(p.MatterId, ct);
        matter.EndByProcedure(on, $"已告知信访人{DisputeLabels.Route(p.Route!.Value)}：{p.AcceptanceNote}", IntakeDesk.By(actor));
        }
        await db.SaveChangesAsync(ct);
        return p;
    }
}
