using System.ComponentModel.DataAnnotations;
using Fazhi.Modules.Decisions.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Deadlines;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Decisions.LegalityReview.Opinion;

/// <summary>
/// 合法性审查意见 (第27–28条): the conclusion and the written opinion; the reviewer (the signed-in person when empty) and
/// the day (today when empty).
/// </summary>
public sealed record GiveLegalityReviewOpinionRequest(
    [MaxLength(100, ErrorMessage = "审查人不超过 100 字。")] string? Reviewer,
    [Required(ErrorMessage = "请选择审查结论。"), EnumDataType(typeof(LegalityReviewOpinion), ErrorMessage = "请选择审查结论。")] LegalityReviewOpinion? Opinion,
    [Required(ErrorMessage = "请填写书面审查意见。"), MaxLength(4000, ErrorMessage = "意见不超过 4000 字。")] string OpinionText,
    DateOnly? On);

/// <summary>
/// 第25、28条: the body in charge of legality review gives the opinion and must have the legal advisor or a public
/// lawyer give legal opinions. A township has no review office of its own, so the legal advisor writes the opinion; the
/// legal clerk enters it when the written opinion comes from the county's review body (司法局) or the 司法所. Leaders,
/// who decide at the meeting (第30条), and officers do not review.
/// </summary>
internal sealed class LegalityReviewOpinionGivenByAdvisorOrClerk() : WhoMayRule(
    "decisions.legality-review.opinion.who",
    "合法性审查意见由法律顾问出具，或由法制员登记县级审查机构、司法所的书面审查意见（《重大行政决策程序暂行条例》第二十五条、第二十八条）。",
    Roles.LegalAdvisor, Roles.LegalClerk);

internal sealed class GiveLegalityReviewOpinionHandler(FazhiDbContext db, IDeadlines deadlines, TimeProvider clock)
{
    public static GiveLegalityReviewOpinionRequest BlankFor(MajorDecision decision, DateOnly today) => new(null, null, "", null);

    public async Task<MajorDecision?> HandleAsync(Actor actor, Guid id, GiveLegalityReviewOpinionRequest request, CancellationToken ct)
    {
        WhoMayRule.Of<LegalityReviewOpinionGivenByAdvisorOrClerk>().Check(actor);
        if (await db.FindDecisionAsync(id, ct) is not { } decision)
        {
            return null;
        }

        var reviewedOn = request.On ?? Platform.Time.ChinaTime.Today(clock);
        decision.RecordLegalityReviewOpinion(string.IsNullOrWhiteSpace(request.Reviewer) ? actor.Name : request.Reviewer, request.Opinion!.Value, request.OpinionText, reviewedOn);
        await deadlines.MeetAsync(DecisionDeadlines.LegalityReviewCode, decision.Id, reviewedOn, ct);
        await db.SaveChangesAsync(ct);
        return decision;
    }
}
