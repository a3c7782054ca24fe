using Fazhi.Modules.Decisions.Model;
using Fazhi.Modules.Decisions.Record;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;

namespace Fazhi.Modules.Decisions.ExpertReview;

internal sealed class AddExpertOpinionPage(AddExpertOpinionHandler handler, FazhiDbContext db, TimeProvider clock) : DecisionStepPage<AddExpertOpinionRequest>(db, clock)
{
    public static string PathFor(Guid id) => $"/workspace/decisions/{id}/expert-opinions/new";

    protected override AddExpertOpinionRequest BlankFor(MajorDecision decision, DateOnly today) => AddExpertOpinionHandler.BlankFor(decision, today);

    [WhoMay<ExpertOpinionsRecordedByClerkOrLeader>]
    public async Task<IActionResult> OnPostAsync(AddExpertOpinionRequest request, CancellationToken ct) =>
        await handler.HandleAsync(User.ToActor(), Id, request, ct) is { } decision
            ? Done("已登记专家论证意见。")
            : NotFound();
}
