using System.ComponentModel.DataAnnotations;
using Fazhi.Modules.Disputes.Intake;
using Fazhi.Modules.Disputes.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Deadlines;
using Fazhi.Platform.ErrorHandling;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Disputes.Screening.AssignLeader;

public sealed record AssignLeaderRequest(
    [Required(ErrorMessage = "请选择包案领导。"), MaxLength(100)] string LeaderUserName,
    [Required(ErrorMessage = "请填写化解期限。")] DateOnly? DueOn);

/// <summary>领导包案 is decided by the leadership itself: a leader assigns (often to himself or herself).</summary>
internal sealed class LeaderCaseAssignedByLeader() : WhoMayRule(
    "disputes.screening.leader.who", "领导包案由镇领导班子确定，只有领导可以登记包案。", Roles.Leader);

internal sealed class AssignLeaderHandler(FazhiDbContext db, Fazhi.Modules.Disputes.Screening.ScreeningQueries screening, IntakeDesk intake, TownshipDirectory directory, IDeadlines deadlines)
{
    public async Task<ScreeningFinding> HandleAsync(Actor actor, Guid id, AssignLeaderRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        WhoMayRule.Of<LeaderCaseAssignedByLeader>().Check(actor);
        var f = await screening.GetAsync(id, ct);
        var leader = await directory.StaffMemberAsync(f.TownshipId, request.LeaderUserName, "leaderUserName", ct);
        BusinessRule.Check(new Rules.LeaderCaseOwnedByALeader(leader!.IsLeader, leader.Name));
        var today = intake.Today;
        f.AssignLeader(leader.UserName, leader.Name, today, request.DueOn!.Value);
        await deadlines.OpenAsync(DisputeDeadlines.LeaderCase(today, request.DueOn.Value), f.TownshipId,
            new DeadlineSubject(DisputesModule.Key, nameof(ScreeningFinding), f.Id, $"领导包案：{f.Title}（{leader.Name}）", $"/workspace/disputes/screening/findings/{f.Id}"), today, ct);
        await db.SaveChangesAsync(ct);
        return f;
    }
}
