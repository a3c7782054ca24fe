using Fazhi.Modules.Enforcement.Cases.Record;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;

namespace Fazhi.Modules.Enforcement.Cases.LegalReview.Submission;

internal sealed class SubmitForLegalReviewPage(SubmitForLegalReviewHandler handler, FazhiDbContext db, TimeProvider clock) : CaseStepPage<SubmitForLegalReviewRequest>(db, clock)
{
    public static string PathFor(Guid id) => $"/workspace/enforcement/cases/{id}/legal-review-request";

    protected override SubmitForLegalReviewRequest BlankFor(EnforcementCase @case, DateOnly today) => SubmitForLegalReviewRequest.Blank();

    [WhoMay<LegalReviewRequestedByCaseHandlers>]
    public async Task<IActionResult> OnPostAsync(SubmitForLegalReviewRequest request, CancellationToken ct) =>
        await handler.HandleAsync(User.ToActor(), Id, request, ct) is not null ? Done("已提请法制审核；下一步：法制审核人员出具审核意见，未经审核不得作出决定（第五十八条）。") : NotFound();
}
