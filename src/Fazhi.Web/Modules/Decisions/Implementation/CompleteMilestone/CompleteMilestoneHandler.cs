using System.ComponentModel.DataAnnotations;
using Fazhi.Modules.Decisions.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Deadlines;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Decisions.Implementation.CompleteMilestone;

/// <summary>How the milestone was met (第35条) and when (today when empty).</summary>
public sealed record CompleteMilestoneRequest(
    [Required(ErrorMessage = "请填写完成情况。"), MaxLength(2000, ErrorMessage = "情况不超过 2000 字。")] string Note,
    DateOnly? On);

/// <summary>第35条: the executing unit reports how the decision is carried out; the legal clerk or a leader records it.</summary>
internal sealed class MilestoneCompletionRecordedByClerkOrLeader() : WhoMayRule(
    "decisions.milestone.completion.who", "决策执行单位报告的执行情况由法制员或领导登记（《重大行政决策程序暂行条例》第三十五条）。",
    Roles.LegalClerk, Roles.Leader);

internal sealed class CompleteMilestoneHandler(FazhiDbContext db, IDeadlines deadlines, TimeProvider clock)
{
    public static CompleteMilestoneRequest BlankFor(MajorDecision decision, DateOnly today) => new("", null);

    /// <returns>Null when there is no such decision or it has no such milestone.</returns>
    public async Task<MajorDecision?> HandleAsync(Actor actor, Guid id, Guid milestoneId, CompleteMilestoneRequest request, CancellationToken ct)
    {
        WhoMayRule.Of<MilestoneCompletionRecordedByClerkOrLeader>().Check(actor);
        if (await db.FindDecisionAsync(id, ct) is not { } decision || decision.Milestone(milestoneId) is null)
        {
            return null;
        }

        var doneOn = request.On ?? Platform.Time.ChinaTime.Today(clock);
        decision.CompleteMilestone(milestoneId, doneOn, request.Note);
        await deadlines.MeetAsync(DecisionDeadlines.MilestoneCode, milestoneId, doneOn, ct);
        await db.SaveChangesAsync(ct);
        return decision;
    }
}
