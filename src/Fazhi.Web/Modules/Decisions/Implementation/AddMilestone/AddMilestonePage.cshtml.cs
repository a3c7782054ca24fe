using Fazhi.Modules.Decisions.Model;
using Fazhi.Modules.Decisions.Record;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;

namespace Fazhi.Modules.Decisions.Implementation.AddMilestone;

internal sealed class AddMilestonePage(AddMilestoneHandler handler, FazhiDbContext db, TimeProvider clock) : DecisionStepPage<AddMilestoneRequest>(db, clock)
{
    public static string PathFor(Guid id) => $"/workspace/decisions/{id}/milestones/new";

    protected override AddMilestoneRequest BlankFor(MajorDecision decision, DateOnly today) => AddMilestoneHandler.BlankFor(decision, today);

    [WhoMay<MilestonesPlannedByClerkOrLeader>]
    public async Task<IActionResult> OnPostAsync(AddMilestoneRequest request, CancellationToken ct) =>
        await handler.HandleAsync(User.ToActor(), Id, request, ct) is { } decision
            ? Done("已增加执行节点，完成期限已列入待办与预警。")
            : NotFound();
}
