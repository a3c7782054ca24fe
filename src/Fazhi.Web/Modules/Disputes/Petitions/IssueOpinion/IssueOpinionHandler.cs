using System.ComponentModel.DataAnnotations;
using Fazhi.Modules.Disputes.Intake;
using Fazhi.Modules.Disputes.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Deadlines;
using Fazhi.Platform.Procedures;
using Microsoft.Extensions.Options;

namespace Fazhi.Modules.Disputes.Petitions.IssueOpinion;

public sealed record IssueOpinionRequest(
    DateOnly? IssuedOn,
    [EnumDataType(typeof(OpinionResult), ErrorMessage = "请选择处理意见。")] OpinionResult Result,
    [MaxLength(2000, ErrorMessage = "不超过 2000 字。")] string? Request,
    [MaxLength(4000, ErrorMessage = "不超过 4000 字。")] string? Facts,
    [MaxLength(4000, ErrorMessage = "不超过 4000 字。")] string? Opinion,
    [MaxLength(1000, ErrorMessage = "不超过 1000 字。")] string? Basis,
    DateOnly? ServedOn);

internal sealed class OpinionIssuedByClerkOrLeader() : WhoMayRule(
    "disputes.petition.opinion.who", "信访处理意见书由法制员（信访工作人员）起草、领导签发，以本机关名义出具（《信访工作条例》第三十二条）。", Roles.LegalClerk, Roles.Leader);

internal sealed class IssueOpinionHandler(FazhiDbContext db, Fazhi.Modules.Disputes.Petitions.PetitionQueries petitions, IntakeDesk intake, IDeadlines deadlines, IOptions<DisputesOptions> options)
{
    public async Task<Petition> HandleAsync(Actor actor, Guid id, IssueOpinionRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        WhoMayRule.Of<OpinionIssuedByClerkOrLeader>().Check(actor);
        var p = await petitions.GetAsync(id, ct);
        var on = request.IssuedOn ?? intake.Today;
        p.IssueOpinion(on, request.Result, request.Request ?? "", request.Facts ?? "", request.Opinion ?? "", request.Basis ?? "", request.ServedOn, intake.Today);
        await deadlines.MeetAsync(DisputeDeadlines.PetitionHandlingCode, p.Id, on, ct);
        await deadlines.OpenAsync(DisputeDeadlines.PetitionReviewWindow(options.Value), p.TownshipId, Fazhi.Modules.Disputes.Petitions.PetitionQueries.SubjectOf(p), p.OpinionServedOn!.Value, ct);
        var matter = await intake.GetAsync(p.MatterId, ct);
        matter.EndByProcedure(on, $"{DisputeLabels.Opinion(p.OpinionResult!.Value)}：{p.OpinionText}", IntakeDesk.By(actor));
        await db.SaveChangesAsync(ct);
        return p;
    }
}
