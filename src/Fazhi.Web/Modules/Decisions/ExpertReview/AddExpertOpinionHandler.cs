using System.ComponentModel.DataAnnotations;
using Fazhi.Modules.Decisions.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Decisions.ExpertReview;

/// <summary>专家论证意见 (第19–20条): who gave it, in which form, what it says and whether it was adopted.</summary>
public sealed record AddExpertOpinionRequest(
    [Required(ErrorMessage = "请填写专家姓名。"), MaxLength(50, ErrorMessage = "姓名不超过 50 字。")] string Expert,
    [Required(ErrorMessage = "请填写专家单位和职称。"), MaxLength(200, ErrorMessage = "单位不超过 200 字。")] string Affiliation,
    [Required(ErrorMessage = "请填写论证形式。"), MaxLength(30, ErrorMessage = "论证形式不超过 30 字。")] string Form,
    [Required(ErrorMessage = "请填写书面论证意见。"), MaxLength(8000, ErrorMessage = "意见不超过 8000 字。")] string Opinion,
    bool HasInterest,
    DateOnly? On,
    bool Adopted,
    [MaxLength(2000, ErrorMessage = "采纳说明不超过 2000 字。")] string? AdoptionNote);

/// <summary>第19条: the 决策承办单位 organises the experts' review; the legal clerk or a leader records their written opinions.</summary>
internal sealed class ExpertOpinionsRecordedByClerkOrLeader() : WhoMayRule(
    "decisions.expert-review.who", "专家论证由决策承办单位组织，专家的书面意见由法制员或领导登记（《重大行政决策程序暂行条例》第十九条、第二十条）。",
    Roles.LegalClerk, Roles.Leader);

internal sealed class AddExpertOpinionHandler(FazhiDbContext db, TimeProvider clock)
{
    /// <summary>The three forms of 第19条.</summary>
    public static IReadOnlyList<string> Forms { get; } = ["论证会", "书面咨询", "委托咨询论证"];

    public static AddExpertOpinionRequest BlankFor(MajorDecision decision, DateOnly today) => new("", "", "书面咨询", "", false, null, true, null);

    public async Task<MajorDecision?> HandleAsync(Actor actor, Guid id, AddExpertOpinionRequest request, CancellationToken ct)
    {
        WhoMayRule.Of<ExpertOpinionsRecordedByClerkOrLeader>().Check(actor);
        if (await db.FindDecisionAsync(id, ct) is not { } decision)
        {
            return null;
        }

        decision.AddExpertOpinion(request.Expert, request.Affiliation, request.Form, request.Opinion, request.HasInterest, request.On ?? Platform.Time.ChinaTime.Today(clock),
            request.Adopted, request.AdoptionNote);
        await db.SaveChangesAsync(ct);
        return decision;
    }
}
