using System.ComponentModel.DataAnnotations;
using Fazhi.Modules.Disputes.Intake;
using Fazhi.Modules.Disputes.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Deadlines;
using Fazhi.Platform.ErrorHandling;
using Fazhi.Platform.Procedures;
using Microsoft.Extensions.Options;

namespace Fazhi.Modules.Disputes.Petitions.RecordReviewOpinion;

public sealed record RecordReviewOpinionRequest(
    [EnumDataType(typeof(ReviewLevel), ErrorMessage = "请选择复查或复核。")] ReviewLevel Level,
    [Required(ErrorMessage = "请填写意见日期。")] DateOnly? DecidedOn,
    [EnumDataType(typeof(ReviewResult), ErrorMessage = "请选择意见结果。")] ReviewResult Result);

internal sealed class ReviewOpinionRecordedByClerkOrLeader() : WhoMayRule(
    "disputes.petition.review-opinion.who", "复查、复核意见由法制员（信访工作人员）或领导登记。", Roles.LegalClerk, Roles.Leader);

internal sealed class RecordReviewOpinionHandler(FazhiDbContext db, Fazhi.Modules.Disputes.Petitions.PetitionQueries petitions, IntakeDesk intake, IDeadlines deadlines, IOptions<DisputesOptions> options)
{
    public async Task<Petition> HandleAsync(Actor actor, Guid id, RecordReviewOpinionRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        WhoMayRule.Of<ReviewOpinionRecordedByClerkOrLeader>().Check(actor);
        var p = await petitions.GetAsync(id, ct);
        var on = request.DecidedOn!.Value;
        BusinessRule.Check(new Rules.DateNotInFuture(on, intake.Today, "意见日期", "decidedOn"));
        if (request.Level == ReviewLevel.Review)
        {
            p.RecordReviewDecision(on, request.Result);
            await deadlines.MeetAsync(DisputeDeadlines.PetitionReviewCode, p.Id, on, ct);
            await deadlines.OpenAsync(DisputeDeadlines.PetitionReReviewWindow(options.Value), p.TownshipId, Fazhi.Modules.Disputes.Petitions.PetitionQueries.SubjectOf(p), on, ct);
        }
        else
        {
            p.RecordReReviewDecision(on, request.Result);
            await deadlines.MeetAsync(DisputeDeadlines.PetitionReReviewCode, p.Id, on, ct);
        }
        await db.SaveChangesAsync(ct);
        return p;
    }
}
