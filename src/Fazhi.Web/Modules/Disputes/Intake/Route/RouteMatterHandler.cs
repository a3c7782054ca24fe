using System.ComponentModel.DataAnnotations;
using Fazhi.Modules.Disputes.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Disputes.Intake.Route;

public sealed record RouteMatterRequest(
    [Required(ErrorMessage = "请选择承办科室。"), MaxLength(100, ErrorMessage = "科室名称不超过 100 字。")] string Office,
    [MaxLength(100)] string? AssigneeUserName,
    DateOnly? AssignedOn);

/// <summary>分办 is done by whoever runs the intake: the legal clerk (司法所) or a leader.</summary>
internal sealed class MatterRoutedByClerkOrLeader() : WhoMayRule(
    "disputes.matter.route.who", "群众诉求由法制员（司法所）或领导分办到承办科室和承办人。", Roles.LegalClerk, Roles.Leader);

internal sealed class RouteMatterHandler(FazhiDbContext db, MatterQueries matters, TownshipDirectory directory, IntakeDesk intake)
{
    public async Task<Matter> HandleAsync(Actor actor, Guid id, RouteMatterRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        WhoMayRule.Of<MatterRoutedByClerkOrLeader>().Check(actor);
        var matter = await matters.GetAsync(id, ct);
        var assignee = await directory.StaffMemberAsync(matter.TownshipId, request.AssigneeUserName, "assigneeUserName", ct);
        matter.Assign(request.Office, assignee?.UserName, assignee?.Name, request.AssignedOn ?? intake.Today);
        await db.SaveChangesAsync(ct);
        return matter;
    }
}
