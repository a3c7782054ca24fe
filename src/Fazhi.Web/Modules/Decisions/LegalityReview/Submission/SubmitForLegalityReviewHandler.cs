using Fazhi.Modules.Decisions.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Deadlines;
using Fazhi.Platform.Procedures;
using Microsoft.Extensions.Options;

namespace Fazhi.Modules.Decisions.LegalityReview.Submission;

/// <summary>送请合法性审查 (第26条): the day it is sent (today when empty) and, if later than the minimum, the reply date.</summary>
internal sealed record SubmitForLegalityReviewRequest(DateOnly? RequestedOn, DateOnly? ReplyBy);

/// <summary>
/// 第26条: the 决策承办单位 sends the draft with its materials to the body in charge of legality review; the legal
/// clerk or a leader sends it. The advisor, who gives the opinion (第28条), does not send the draft to themself.
/// </summary>
internal sealed class LegalityReviewRequestedByClerkOrLeader() : WhoMayRule(
    "decisions.legality-review.submission.who", "决策草案由决策承办单位送请合法性审查，由法制员或领导办理（《重大行政决策程序暂行条例》第二十六条）。",
    Roles.LegalClerk, Roles.Leader);

internal sealed class SubmitForLegalityReviewHandler(FazhiDbContext db, IDeadlines deadlines, IOptions<DecisionsOptions> options, TimeProvider clock)
{
    public static SubmitForLegalityReviewRequest BlankFor(MajorDecision decision, DateOnly today) => new(null, null);

    /// <summary>第26条: the reply date must allow the reviewer at least 7 working days on the official calendar.</summary>
    public async Task<MajorDecision?> HandleAsync(Actor actor, Guid id, SubmitForLegalityReviewRequest request, CancellationToken ct)
    {
        WhoMayRule.Of<LegalityReviewRequestedByClerkOrLeader>().Check(actor);
        if (await db.FindDecisionAsync(id, ct) is not { } decision)
        {
            return null;
        }

        decision.EnsureOpen();
        var on = request.RequestedOn ?? Platform.Time.ChinaTime.Today(clock);
        var minimum = DecisionDeadlines.LegalityReview(options.Value.LegalityReviewWorkingDays);
        var earliest = (await deadlines.ComputeDueAsync(minimum, on, ct)).Date;
        var until = request.ReplyBy ?? earliest;
        decision.RequestLegalityReview(on, until, earliest, options.Value.LegalityReviewWorkingDays);
        // A draft sent again (after a failed review or a revision) starts a new period.
        await deadlines.CancelAsync(DecisionDeadlines.LegalityReviewCode, decision.Id, "重新送请合法性审查", ct);
        var rule = until == earliest ? minimum : DecisionDeadlines.LegalityReviewUntil(until.DayNumber - on.DayNumber);
        await deadlines.OpenAsync(rule, decision.TownshipId, DecisionDeadlines.Subject(decision, suffix: "（合法性审查）"), on, ct);
        await db.SaveChangesAsync(ct);
        return decision;
    }
}
