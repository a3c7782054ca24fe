using Fazhi.Modules.Decisions.Model;
using Fazhi.Modules.Decisions.Record;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;

namespace Fazhi.Modules.Decisions.Evaluations.Complete;

internal sealed class CompleteEvaluationPage(CompleteEvaluationHandler handler, FazhiDbContext db, TimeProvider clock) : DecisionStepPage<CompleteEvaluationRequest>(db, clock)
{
    public static string PathFor(Guid id, Guid evaluationId) => $"/workspace/decisions/{id}/evaluations/{evaluationId}/completion";

    [BindProperty(SupportsGet = true)]
    public Guid EvaluationId { get; set; }

    public override async Task<bool> LoadAsync(CancellationToken ct) => await base.LoadAsync(ct) && Decision.Evaluation(EvaluationId) is not null;

    protected override CompleteEvaluationRequest BlankFor(MajorDecision decision, DateOnly today) => CompleteEvaluationHandler.BlankFor(decision, today);

    [WhoMay<EvaluationReportRecordedByClerkOrLeader>]
    public async Task<IActionResult> OnPostAsync(CompleteEvaluationRequest request, CancellationToken ct) =>
        await handler.HandleAsync(User.ToActor(), Id, EvaluationId, request, ct) is { } decision
            ? Done("已记录决策后评估报告。")
            : NotFound();
}
