using Fazhi.Modules.Decisions.Model;
using Fazhi.Modules.Decisions.Record;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;

namespace Fazhi.Modules.Decisions.Publication;

internal sealed class PublishDecisionPage(PublishDecisionHandler handler, FazhiDbContext db, TimeProvider clock) : DecisionStepPage<PublishDecisionRequest>(db, clock)
{
    public static string PathFor(Guid id) => $"/workspace/decisions/{id}/publication";

    protected override PublishDecisionRequest BlankFor(MajorDecision decision, DateOnly today) => PublishDecisionHandler.BlankFor(decision, today);

    [WhoMay<DecisionPublishedByClerkOrLeader>]
    public async Task<IActionResult> OnPostAsync(PublishDecisionRequest request, CancellationToken ct) =>
        await handler.HandleAsync(User.ToActor(), Id, request, ct) is { } decision
            ? Done($"决策已以 {decision.DocumentNumber} 在门户公布。下一步：明确执行单位和执行节点（第三十四条），材料归档后封存档案（第三十三条）。")
            : NotFound();
}
