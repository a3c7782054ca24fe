using Fazhi.Modules.Decisions.Model;
using Fazhi.Modules.Decisions.Record;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;

namespace Fazhi.Modules.Decisions.LegalityReview.Opinion;

internal sealed class GiveLegalityReviewOpinionPage(GiveLegalityReviewOpinionHandler handler, FazhiDbContext db, TimeProvider clock) : DecisionStepPage<GiveLegalityReviewOpinionRequest>(db, clock)
{
    public static string PathFor(Guid id) => $"/workspace/decisions/{id}/legality-review/opinion";

    protected override GiveLegalityReviewOpinionRequest BlankFor(MajorDecision decision, DateOnly today) => GiveLegalityReviewOpinionHandler.BlankFor(decision, today);

    [WhoMay<LegalityReviewOpinionGivenByAdvisorOrClerk>]
    public async Task<IActionResult> OnPostAsync(GiveLegalityReviewOpinionRequest request, CancellationToken ct) =>
        await handler.HandleAsync(User.ToActor(), Id, request, ct) is { } decision
            ? Done(decision.LegalityReviewPassed ? "已出具合法性审查意见：合法。决策草案可以提交集体讨论（第二十五条）。" : "已出具合法性审查意见：不合法。决策草案不得提交集体讨论，修改后重新送审（第二十五条）。")
            : NotFound();
}
