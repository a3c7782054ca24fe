using System.ComponentModel.DataAnnotations;
using Fazhi.Modules.Disputes.Intake;
using Fazhi.Modules.Disputes.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.ErrorHandling;
using Fazhi.Platform.Notifications;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Disputes.Hotline.DispatchTicket;

public sealed record DispatchTicketRequest(
    [Required(ErrorMessage = "请选择承办科室。"), MaxLength(100, ErrorMessage = "不超过 100 字。")] string Office,
    [MaxLength(100)] string? AssigneeUserName,
    DateOnly? DispatchedOn);

internal sealed class TicketDispatchedByClerkOrLeader() : WhoMayRule(
    "disputes.hotline.dispatch.who", "12345 工单由法制员（热线工作人员）或领导在镇内派单，一个平台受理、一个平台分拨。", Roles.LegalClerk, Roles.Leader);

internal sealed class DispatchTicketHandler(FazhiDbContext db, Fazhi.Modules.Disputes.Hotline.HotlineDesk desk, IntakeDesk intake, TownshipDirectory directory, INotifications notifications)
{
    public async Task<HotlineTicket> HandleAsync(Actor actor, Guid id, DispatchTicketRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        WhoMayRule.Of<TicketDispatchedByClerkOrLeader>().Check(actor);
        var t = await desk.GetAsync(id, ct);
        var on = request.DispatchedOn ?? intake.Today;
        BusinessRule.Check(new Rules.DateNotInFuture(on, intake.Today, "派单日期", "dispatchedOn"));
        var assignee = await directory.StaffMemberAsync(t.TownshipId, request.AssigneeUserName, "assigneeUserName", ct);
        t.Dispatch(request.Office, assignee?.UserName, assignee?.Name, on);
        var matter = await intake.GetAsync(t.MatterId, ct);
        if (matter.IsOpen)
        {
            matter.Assign(request.Office, assignee?.UserName, assignee?.Name, on);
        }

        if (assignee is not null)
        {
            await notifications.NotifyAsync(NotificationRecipient.User(t.TownshipId, assignee.UserName), new Notice(NotificationKind.Assignment,
                $"12345工单派您办理：{t.TicketNumber}", $"{actor.Name}将工单派至{request.Office.Trim()}，由您承办，请在 {t.DueOn:yyyy-MM-dd} 前办结答复。",
                $"/workspace/disputes/hotline/{t.Id}"), ct);
        }
        await db.SaveChangesAsync(ct);
        return t;
    }
}
