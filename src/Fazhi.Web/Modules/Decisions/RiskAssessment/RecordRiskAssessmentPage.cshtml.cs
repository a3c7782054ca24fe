using Fazhi.Modules.Decisions.Model;
using Fazhi.Modules.Decisions.Record;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;

namespace Fazhi.Modules.Decisions.RiskAssessment;

internal sealed class RecordRiskAssessmentPage(RecordRiskAssessmentHandler handler, FazhiDbContext db, TimeProvider clock) : DecisionStepPage<RecordRiskAssessmentRequest>(db, clock)
{
    public static string PathFor(Guid id) => $"/workspace/decisions/{id}/risk-assessment";

    protected override RecordRiskAssessmentRequest BlankFor(MajorDecision decision, DateOnly today) => RecordRiskAssessmentHandler.BlankFor(decision, today);

    [WhoMay<RiskAssessmentRecordedByClerkOrLeader>]
    public async Task<IActionResult> OnPostAsync(RecordRiskAssessmentRequest request, CancellationToken ct) =>
        await handler.HandleAsync(User.ToActor(), Id, request, ct) is { } decision
            ? Done($"已记录风险评估（{DecisionLabels.Risk(decision.RiskLevel!.Value)}，风险点 {decision.RiskPoints.Count} 个）。风险评估报告作为集体讨论的材料（第二十九条）。")
            : NotFound();
}
