using System.ComponentModel.DataAnnotations;
using Fazhi.Modules.Decisions.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Deadlines;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Decisions.Evaluations.Plan;

/// <summary>决策后评估 (第36条): why it is started, who evaluates, from when (today when empty) and until when.</summary>
public sealed record PlanEvaluationRequest(
    [Required(ErrorMessage = "请填写评估启动原因。"), MaxLength(500, ErrorMessage = "原因不超过 500 字。")] string Trigger,
    [Required(ErrorMessage = "请填写评估单位。"), MaxLength(100, ErrorMessage = "评估单位不超过 100 字。")] string Evaluator,
    DateOnly? StartedOn,
    [Required(ErrorMessage = "请填写评估完成期限。")] DateOnly? DueOn);

/// <summary>第36条: the decision-making body starts the evaluation and chooses the evaluator; the legal clerk or a leader records it.</summary>
internal sealed class EvaluationStartedByClerkOrLeader() : WhoMayRule(
    "decisions.evaluation.who", "决策后评估由决策机关组织，由法制员或领导登记评估单位和期限（《重大行政决策程序暂行条例》第三十六条）。",
    Roles.LegalClerk, Roles.Leader);

internal sealed class PlanEvaluationHandler(FazhiDbContext db, IDeadlines deadlines, TimeProvider clock)
{
    public static PlanEvaluationRequest BlankFor(MajorDecision decision, DateOnly today) => new("", "", null, null);

    public async Task<MajorDecision?> HandleAsync(Actor actor, Guid id, PlanEvaluationRequest request, CancellationToken ct)
    {
        WhoMayRule.Of<EvaluationStartedByClerkOrLeader>().Check(actor);
        if (await db.FindDecisionAsync(id, ct) is not { } decision)
        {
            return null;
        }

        var dueOn = request.DueOn!.Value;
        var evaluation = decision.PlanEvaluation(request.Trigger, request.Evaluator, request.StartedOn ?? Platform.Time.ChinaTime.Today(clock), dueOn);
        await deadlines.OpenAsync(DecisionDeadlines.Evaluation(), decision.TownshipId, DecisionDeadlines.Subject(decision, evaluation.Id, "（决策后评估）"), dueOn, ct);
        await db.SaveChangesAsync(ct);
        return decision;
    }
}
