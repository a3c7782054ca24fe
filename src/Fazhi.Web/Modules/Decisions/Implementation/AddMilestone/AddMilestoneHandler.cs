using System.ComponentModel.DataAnnotations;
using Fazhi.Modules.Decisions.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Deadlines;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Decisions.Implementation.AddMilestone;

/// <summary>决策执行节点 (第34条): what, by whom, by when.</summary>
public sealed record AddMilestoneRequest(
    [Required(ErrorMessage = "请填写执行节点。"), MaxLength(200, ErrorMessage = "节点不超过 200 字。")] string Title,
    [Required(ErrorMessage = "请填写执行单位。"), MaxLength(100, ErrorMessage = "执行单位不超过 100 字。")] string Executor,
    [Required(ErrorMessage = "请填写完成期限。")] DateOnly? DueOn);

/// <summary>第34条: the decision-making body names the executing unit; the legal clerk or a leader records its milestones.</summary>
internal sealed class MilestonesPlannedByClerkOrLeader() : WhoMayRule(
    "decisions.milestone.who", "决策执行单位和执行节点由决策机关明确，由法制员或领导登记（《重大行政决策程序暂行条例》第三十四条）。",
    Roles.LegalClerk, Roles.Leader);

internal sealed class AddMilestoneHandler(FazhiDbContext db, IDeadlines deadlines)
{
    public static AddMilestoneRequest BlankFor(MajorDecision decision, DateOnly today) => new("", "", null);

    public async Task<MajorDecision?> HandleAsync(Actor actor, Guid id, AddMilestoneRequest request, CancellationToken ct)
    {
        WhoMayRule.Of<MilestonesPlannedByClerkOrLeader>().Check(actor);
        if (await db.FindDecisionAsync(id, ct) is not { } decision)
        {
            return null;
        }

        var dueOn = request.DueOn!.Value;
        var milestone = decision.AddMilestone(request.Title, request.Executor, dueOn);
        await deadlines.OpenAsync(DecisionDeadlines.Milestone(), decision.TownshipId, DecisionDeadlines.Subject(decision, milestone.Id, $"：{milestone.Title}"), dueOn, ct);
        await db.SaveChangesAsync(ct);
        return decision;
    }
}
