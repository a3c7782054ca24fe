using System.ComponentModel.DataAnnotations;
using Fazhi.Modules.Decisions.Model;
using Fazhi.Modules.Decisions.Rules;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.ErrorHandling;
using Fazhi.Platform.Procedures;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Decisions.Initiation;

/// <summary>决策启动 (第10–13条): the matter, its 承办单位, the draft and its options.</summary>
public sealed record InitiateDecisionRequest(
    [Required(ErrorMessage = "请填写决策事项名称。"), MaxLength(200, ErrorMessage = "名称不超过 200 字。")] string Title,
    [EnumDataType(typeof(DecisionCategory), ErrorMessage = "请选择决策事项类别。")] DecisionCategory Category,
    [Required(ErrorMessage = "请填写决策承办单位。"), MaxLength(100, ErrorMessage = "承办单位不超过 100 字。")] string Owner,
    [Required(ErrorMessage = "请填写决策建议提出人。"), MaxLength(100, ErrorMessage = "提出人不超过 100 字。")] string Proposer,
    [Required(ErrorMessage = "请填写决策背景和必要性。"), MaxLength(4000, ErrorMessage = "背景不超过 4000 字。")] string Background,
    [Required(ErrorMessage = "请填写决策草案。"), MaxLength(20000, ErrorMessage = "草案不超过 20000 字。")] string DraftText,
    [MaxLength(4000, ErrorMessage = "起草说明不超过 4000 字。")] string? DraftExplanation,
    List<DecisionOptionRequest>? Options,
    Guid? CatalogItemId,
    DateOnly? InitiatedOn,
    bool ReportToPartyCommittee = false)
{
    public static InitiateDecisionRequest Blank { get; } = new("", DecisionCategory.PublicPolicy, "", "", "", "", null, [], null, null);

    /// <summary>The options filled in; a row left blank on the form (the form offers spare rows) is not an option.</summary>
    public IReadOnlyList<DecisionOptionRequest> FilledOptions() => [.. (Options ?? []).Where(o => !o.IsBlank())];
}

/// <summary>备选方案 (第12条); a filled row needs its name and content.</summary>
public sealed record DecisionOptionRequest(
    [MaxLength(200, ErrorMessage = "方案名称不超过 200 字。")] string? Name,
    [MaxLength(4000, ErrorMessage = "方案内容不超过 4000 字。")] string? Description,
    bool Recommended) : IValidatableObject
{
    public bool IsBlank() => string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(Description) && !Recommended;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (IsBlank())
        {
            yield break;
        }

        if (string.IsNullOrWhiteSpace(Name))
        {
            yield return new ValidationResult("请填写方案名称。", [nameof(Name)]);
        }

        if (string.IsNullOrWhiteSpace(Description))
        {
            yield return new ValidationResult("请填写方案内容。", [nameof(Description)]);
        }
    }
}

/// <summary>
/// 第10–11条: the decision-making body decides to start the procedure and names the 承办单位. In a township the legal
/// clerk, who runs the procedure for the government, or a leader registers it; officers and the legal advisor do not
/// (the advisor reviews the draft later, 第28条, and should not be the one who starts it).
/// </summary>
internal sealed class DecisionInitiatedByClerkOrLeader() : WhoMayRule(
    "decisions.initiation.who", "重大行政决策经决策机关决定启动，由法制员或领导登记并明确决策承办单位（《重大行政决策程序暂行条例》第十条、第十一条）。",
    Roles.LegalClerk, Roles.Leader);

internal sealed class InitiateDecisionHandler(FazhiDbContext db, TimeProvider clock)
{
    public async Task<MajorDecision> HandleAsync(Actor actor, InitiateDecisionRequest request, CancellationToken ct)
    {
        WhoMayRule.Of<DecisionInitiatedByClerkOrLeader>().Check(actor);
        var townshipId = actor.TownshipId ?? throw new InvalidOperationException("Only township staff initiate a major decision.");
        var on = request.InitiatedOn ?? Platform.Time.ChinaTime.Today(clock);
        if (request.CatalogItemId is { } itemId)
        {
            BusinessRule.Check(new CatalogItemBelongsToTownship(
                await db.Set<DecisionCatalog>().AnyAsync(c => c.TownshipId == townshipId && c.Items.Any(i => i.Id == itemId), ct)));
        }

        var sequence = await NumberSeries.NextAsync<MajorDecision>(db, townshipId, on.Year, ct);
        var decision = MajorDecision.Initiate(townshipId, sequence, request.Title, request.Category, request.Owner, request.Proposer, request.Background,
            request.CatalogItemId, on, request.ReportToPartyCommittee, request.DraftText, request.DraftExplanation ?? "",
            request.FilledOptions().Select(o => (o.Name!, o.Description!, o.Recommended)));
        db.Add(decision);
        await db.SaveChangesAsync(ct);
        return decision;
    }
}
