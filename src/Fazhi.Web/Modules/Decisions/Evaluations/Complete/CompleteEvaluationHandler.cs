using System.ComponentModel.DataAnnotations;
using Fazhi.Modules.Decisions.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Deadlines;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Decisions.Evaluations.Complete;

/// <summary>The evaluation's conclusion and report (第36条), and the day (today when empty).</summary>
public sealed record CompleteEvaluationRequest(
    [Required(ErrorMessage = "请选择评估结论。"), EnumDataType(typeof(EvaluationConclusion), ErrorMessage = "请选择评估结论。")] EvaluationConclusion? Conclusion,
    [Required(ErrorMessage = "请填写评估报告。"), MaxLength(8000, ErrorMessage = "报告不超过 8000 字。")] string Report,
    DateOnly? On);

/// <summary>第36条: the evaluator's report is recorded by the legal clerk or a leader.</summary>
internal sealed class EvaluationReportRecordedByClerkOrLeader() : WhoMayRule(
    "decisions.evaluation.report.who", "决策后评估报告由法制员或领导登记（《重大行政决策程序暂行条例》第三十六条）。",
    Roles.LegalClerk, Roles.Leader);

internal sealed class CompleteEvaluationHandler(FazhiDbContext db, IDeadlines deadlines, TimeProvider clock)
{
    public static CompleteEvaluationRequest BlankFor(MajorDecision decision, DateOnly today) => new(null, "", null);

    /// <returns>Null when there is no such decision or it has no such evaluation.</returns>
    public async Task<MajorDecision?> HandleAsync(Actor actor, Guid id, Guid evaluationId, CompleteEvaluationRequest request, CancellationToken ct)
    {
        WhoMayRule.Of<EvaluationReportRecordedByClerkOrLeader>().Check(actor);
        if (await db.FindDecisionAsync(id, ct) is not { } decision || decision.Evaluation(evaluationId) is null)
        {
            return null;
        }

        var completedOn = request.On ?? Platform.Time.ChinaTime.Today(clock);
        decision.CompleteEvaluation(evaluationId, request.Conclusion!.Value, request.Report, completedOn);
        await deadlines.MeetAsync(DecisionDeadlines.EvaluationCode, evaluationId, completedOn, ct);
        await db.SaveChangesAsync(ct);
        return decision;
    }
}
