using System.ComponentModel.DataAnnotations;
using Fazhi.Modules.Decisions.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Decisions.RiskAssessment;

/// <summary>
/// 风险评估报告 (第22–24条): the assessor, the risk points as data, the overall level, the measures and, for a high
/// risk, the contingency plan. A row left entirely blank on the form (the form offers spare rows) is not a point.
/// </summary>
public sealed record RecordRiskAssessmentRequest(
    [Required(ErrorMessage = "请填写评估单位。"), MaxLength(100, ErrorMessage = "评估单位不超过 100 字。")] string Assessor,
    DateOnly? On,
    List<RiskPointRequest>? Points,
    [Required(ErrorMessage = "请选择总体风险等级。"), EnumDataType(typeof(RiskLevel), ErrorMessage = "请选择总体风险等级。")] RiskLevel? Level,
    [Required(ErrorMessage = "请填写风险防范措施。"), MaxLength(4000, ErrorMessage = "措施不超过 4000 字。")] string Mitigation,
    [MaxLength(4000, ErrorMessage = "处置预案不超过 4000 字。")] string? ContingencyPlan) : IValidatableObject
{
    public IReadOnlyList<RiskPointRequest> FilledPoints() => [.. (Points ?? []).Where(p => !p.IsBlank())];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (FilledPoints().Count == 0)
        {
            yield return new ValidationResult("请至少列明一个风险点（第二十四条）。", [nameof(Points)]);
        }
    }
}

/// <summary>A risk point: its category, what may happen, likelihood and impact on 1–5, and the measure against it.</summary>
public sealed record RiskPointRequest(
    [MaxLength(30, ErrorMessage = "类别不超过 30 字。")] string? Category,
    [MaxLength(2000, ErrorMessage = "描述不超过 2000 字。")] string? Description,
    [Range(1, 5, ErrorMessage = "发生可能性为 1 至 5 级。")] int? Likelihood,
    [Range(1, 5, ErrorMessage = "影响程度为 1 至 5 级。")] int? Impact,
    [MaxLength(2000, ErrorMessage = "措施不超过 2000 字。")] string? Mitigation) : IValidatableObject
{
    public bool IsBlank() => string.IsNullOrWhiteSpace(Category) && string.IsNullOrWhiteSpace(Description) && string.IsNullOrWhiteSpace(Mitigation)
        && Likelihood is null && Impact is null;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (IsBlank())
        {
            yield break;
        }

        if (string.IsNullOrWhiteSpace(Category))
        {
            yield return new ValidationResult("请填写风险类别。", [nameof(Category)]);
        }

        if (string.IsNullOrWhiteSpace(Description))
        {
            yield return new ValidationResult("请描述风险点。", [nameof(Description)]);
        }

        if (Likelihood is null)
        {
            yield return new ValidationResult("请选择发生可能性。", [nameof(Likelihood)]);
        }

        if (Impact is null)
        {
            yield return new ValidationResult("请选择影响程度。", [nameof(Impact)]);
        }

        if (string.IsNullOrWhiteSpace(Mitigation))
        {
            yield return new ValidationResult("请填写防范措施。", [nameof(Mitigation)]);
        }
    }
}

/// <summary>
/// 第22条: the 决策承办单位 or the unit charged with risk assessment assesses; the legal clerk or a leader records its
/// report. Officers and the legal advisor do not (the advisor reviews the procedure later, 第27条第（二）项).
/// </summary>
internal sealed class RiskAssessmentRecordedByClerkOrLeader() : WhoMayRule(
    "decisions.risk-assessment.who", "风险评估由决策承办单位或负责风险评估工作的单位组织，评估报告由法制员或领导登记（《重大行政决策程序暂行条例》第二十二条、第二十四条）。",
    Roles.LegalClerk, Roles.Leader);

internal sealed class RecordRiskAssessmentHandler(FazhiDbContext db, TimeProvider clock)
{
    public static RecordRiskAssessmentRequest BlankFor(MajorDecision decision, DateOnly today) => new("", null, [], null, "", null);

    public async Task<MajorDecision?> HandleAsync(Actor actor, Guid id, RecordRiskAssessmentRequest request, CancellationToken ct)
    {
        WhoMayRule.Of<RiskAssessmentRecordedByClerkOrLeader>().Check(actor);
        if (await db.FindDecisionAsync(id, ct) is not { } decision)
        {
            return null;
        }

        var points = request.FilledPoints().Select(p => RiskPoint.Create(p.Category!, p.Description!, p.Likelihood!.Value, p.Impact!.Value, p.Mitigation!)).ToList();
        decision.RecordRiskAssessment(request.Assessor, request.On ?? Platform.Time.ChinaTime.Today(clock), points, request.Level!.Value, request.Mitigation, request.ContingencyPlan);
        await db.SaveChangesAsync(ct);
        return decision;
    }
}
