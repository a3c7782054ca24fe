using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Deadlines.Rules;
using Fazhi.Platform.ErrorHandling;
using Fazhi.Platform.Notifications;
using Fazhi.Platform.Procedures;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Platform.Deadlines.Requests;

/// <summary>The staff who handle records ask for extensions: the 法制员 and the 执法人员 (leaders extend directly).</summary>
internal sealed class ExtensionRequestedByStaff() : WhoMayRule(
    "deadlines.extension-request.who", "延期申请由承办的法制员或执法人员提出，领导可直接批准延期。", Roles.LegalClerk, Roles.EnforcementOfficer);

/// <summary>
/// Extension requests (ADR 0032): asked by the handler, decided by a leader; the leaders are told when one is asked, the
/// requester when it is decided (ADR 0028). Never saves: the caller's one save stores the request or decision, the
/// extension and the notifications together.
/// </summary>
internal sealed class ExtensionRequestDesk(FazhiDbContext db, IDeadlines deadlines, INotifications notifications, TimeProvider clock)
{
    public Task<DeadlineExtensionRequest?> PendingAsync(Guid deadlineId, CancellationToken ct) =>
        db.Set<DeadlineExtensionRequest>().SingleOrDefaultAsync(r => r.DeadlineId == deadlineId && r.State == ExtensionRequestState.Pending, ct);

    public async Task<DeadlineExtensionRequest> AskAsync(Guid deadlineId, int days, string? reason, Actor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        WhoMayRule.Of<ExtensionRequestedByStaff>().Check(actor);
        var deadline = await FindAsync(deadlineId, ct);
        var pending = await PendingAsync(deadlineId, ct) is not null;
        var request = DeadlineExtensionRequest.Ask(deadline, pending, days, reason, actor.UserName, actor.Name, clock.GetUtcNow());
        db.Add(request);
        var unit = deadline.Kind == PeriodKind.WorkingDays ? "个工作日" : "日";
        await notifications.NotifyAsync(NotificationRecipient.RoleIn(deadline.TownshipId, Roles.Leader), new Notice(NotificationKind.Assignment,
            $"延期申请待审批：{deadline.Title}",
            $"{actor.Name}申请将“{deadline.SubjectTitle}”的{deadline.Title}期限（{deadline.DueDate:yyyy-MM-dd} 到期）延长 {days} {unit}。理由：{request.Reason}",
            $"/workspace/deadlines/{deadline.Id}"), ct);
        return request;
    }

    public async Task<DeadlineExtensionRequest> ApproveAsync(Guid deadlineId, Actor leader, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(leader);
        WhoMayRule.Of<DeadlineExtendedByLeader>().Check(leader);
        var deadline = await FindAsync(deadlineId, ct);
        var request = await PendingAsync(deadlineId, ct) ?? throw NoPending();
        request.Approve(leader.Name, clock.GetUtcNow());
        var extended = await deadlines.ExtendAsync(deadlineId, request.Days, request.Reason, leader, ct);
        await notifications.NotifyAsync(NotificationRecipient.User(deadline.TownshipId, request.RequestedBy), new Notice(NotificationKind.Assignment,
            $"延期已批准：{deadline.Title}",
            $"{leader.Name}批准延长“{deadline.SubjectTitle}”的{deadline.Title}期限，新的到期日为 {extended.DueDate:yyyy-MM-dd}。依法需告知当事人的，请及时告知。",
            $"/workspace/deadlines/{deadline.Id}"), ct);
        return request;
    }

    public async Task<DeadlineExtensionRequest> RefuseAsync(Guid deadlineId, string? reason, Actor leader, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(leader);
        WhoMayRule.Of<DeadlineExtendedByLeader>().Check(leader);
        var deadline = await FindAsync(deadlineId, ct);
        var request = await PendingAsync(deadlineId, ct) ?? throw NoPending();
        request.Refuse(reason, leader.Name, clock.GetUtcNow());
        await notifications.NotifyAsync(NotificationRecipient.User(deadline.TownshipId, request.RequestedBy), new Notice(NotificationKind.Refusal,
            $"延期未获批准：{deadline.Title}",
            $"{leader.Name}不予批准延长“{deadline.SubjectTitle}”的{deadline.Title}期限，仍须于 {deadline.DueDate:yyyy-MM-dd} 前办结。理由：{request.RefusalReason}",
            $"/workspace/deadlines/{deadline.Id}"), ct);
        return request;
    }

    private async Task<Deadline> FindAsync(Guid id, CancellationToken ct) =>
        await db.Set<Deadline>().AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, ct)
        ?? throw new BusinessRuleException("deadlines.not-found", "期限不存在或无权访问。");

    private static BusinessRuleException NoPending() =>
        new("deadlines.extension-request.none", "该期限没有等待审批的延期申请。");
}
