using Fazhi.Modules.Decisions.Model;
using Fazhi.Modules.Decisions.Record;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;

namespace Fazhi.Modules.Decisions.LegalityReview.Submission;

internal sealed class SubmitForLegalityReviewPage(SubmitForLegalityReviewHandler handler, FazhiDbContext db, TimeProvider clock) : DecisionStepPage<SubmitForLegalityReviewRequest>(db, clock)
{
    public static string PathFor(Guid id) => $"/workspace/decisions/{id}/legality-review/submission";

    protected override SubmitForLegalityReviewRequest BlankFor(MajorDecision decision, DateOnly today) => SubmitForLegalityReviewHandler.BlankFor(decision, today);

    [WhoMay<LegalityReviewRequestedByClerkOrLeader>]
    public async Task<IActionResult> OnPostAsync(SubmitForLegalityReviewRequest request, CancellationToken ct) =>
        await handler.HandleAsync(User.ToActor(), Id, request, ct) is { } decision
            ? Done($"已送请合法性审查，审查期限至 {decision.LegalityReviewReplyBy:yyyy-MM-dd}（不少于7个工作日，第二十六条）。")
            : NotFound();
}
