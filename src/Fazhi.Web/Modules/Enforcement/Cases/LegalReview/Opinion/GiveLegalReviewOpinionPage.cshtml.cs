using Fazhi.Modules.Enforcement.Cases.Record;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;

namespace Fazhi.Modules.Enforcement.Cases.LegalReview.Opinion;

internal sealed class GiveLegalReviewOpinionPage(GiveLegalReviewOpinionHandler handler, FazhiDbContext db, TimeProvider clock) : CaseStepPage<GiveLegalReviewOpinionRequest>(db, clock)
{
    public static string PathFor(Guid id) => $"/workspace/enforcement/cases/{id}/legal-review";

    protected override GiveLegalReviewOpinionRequest BlankFor(EnforcementCase @case, DateOnly today) => GiveLegalReviewOpinionRequest.Blank();

    [WhoMay<LegalReviewByReviewers>]
    public async Task<IActionResult> OnPostAsync(GiveLegalReviewOpinionRequest request, CancellationToken ct) =>
        await handler.HandleAsync(User.ToActor(), Id, request, ct) is not null ? Done("已提交法制审核意见；下一步：负责人作出行政处罚决定（第五十七条）。") : NotFound();
}
