using Fazhi.Modules.Decisions.Model;
using Fazhi.Modules.Decisions.Record;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;

namespace Fazhi.Modules.Decisions.Evaluations.Plan;

internal sealed class PlanEvaluationPage(PlanEvaluationHandler handler, FazhiDbContext db, TimeProvider clock) : DecisionStepPage<PlanEvaluationRequest>(db, clock)
{
    public static string PathFor(Guid id) => $"/workspace/decisions/{id}/evaluations/new";

    protected override PlanEvaluationRequest BlankFor(MajorDecision decision, DateOnly today) => PlanEvaluationHandler.BlankFor(decision, today);

    [WhoMay<EvaluationStartedByClerkOrLeader>]
    public async Task<IActionResult> OnPostAsync(PlanEvaluationRequest request, CancellationToken ct) =>
        await handler.HandleAsync(User.ToActor(), Id, request, ct) is { } decision
            ? Done("已启动决策后评估，完成期限已列入待办与预警。")
            : NotFound();
}
