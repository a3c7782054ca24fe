using System.ComponentModel.DataAnnotations;
using Fazhi.Modules.Disputes.Intake;
using Fazhi.Modules.Disputes.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Deadlines;
using Fazhi.Platform.ErrorHandling;
using Fazhi.Platform.Procedures;
using Microsoft.Extensions.Options;

namespace Fazhi.Modules.Disputes.Petitions.RequestReview;

public sealed record RequestReviewRequest(
    [EnumDataType(typeof(ReviewLevel), ErrorMessage = "请选择复查或复核。")] ReviewLevel Level,
    [Required(ErrorMessage = "请填写请求日期。")] DateOnly? RequestedOn,
    [Required(ErrorMessage = "请填写受理复查（复核）的机关。"), MaxLength(100, ErrorMessage = "不超过 100 字。")] string Organ);

internal sealed class ReviewRequestRecordedByClerkOrLeader() : WhoMayRule(
    "disputes.petition.review-request.who", "复查、复核请求由法制员（信访工作人员）或领导登记（《信访工作条例》第三十五条、第三十六条）。", Roles.LegalClerk, Roles.Leader);

internal sealed class RequestReviewHandler(FazhiDbContext db, Fazhi.Modules.Disputes.Petitions.PetitionQueries petitions, IntakeDesk intake, IDeadlines deadlines, IOptions<DisputesOptions> options)
{
    public async Task<Petition> HandleAsync(Actor actor, Guid id, RequestReviewRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        WhoMayRule.Of<ReviewRequestRecordedByClerkOrLeader>().Check(actor);
        var p = await petitions.GetAsync(id, ct);
        var on = request.RequestedOn!.Value;
        BusinessRule.Check(new Rules.DateNotInFuture(on, intake.Today, "请求日期", "requestedOn"));
        var subject = Fazhi.Modules.Disputes.Petitions.PetitionQueries.SubjectOf(p);
        if (request.Level == ReviewLevel.Review)
        {
            p.RecordReviewRequest(on, request.Organ);
            await deadlines.MeetAsync(DisputeDeadlines.PetitionReviewWindowCode, p.Id, on, ct);
            await deadlines.OpenAsync(DisputeDeadlines.PetitionReview(options.Value), p.TownshipId, subject, on, ct);
        }
        else
        {
            p.RecordReReviewRequest(on, request.Organ);
            await deadlines.MeetAsync(DisputeDeadlines.PetitionReReviewWindowCode, p.Id, on, ct);
            await deadlines.OpenAsync(DisputeDeadlines.PetitionReReview(options.Value), p.TownshipId, subject, on, ct);
        }
        await db.SaveChangesAsync(ct);
        return p;
    }
}
