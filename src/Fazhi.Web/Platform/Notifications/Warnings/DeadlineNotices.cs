using System.Globalization;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Deadlines;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Platform.Notifications.Warnings;

/// <summary>
/// Tells the people answerable for a township's statutory periods when one turns 即将到期 or 逾期, once per deadline
/// and state (the key <c>deadline:{id}:{state}</c>): a later pass, a deadline that goes back to 进行中 after an extension
/// and warns again, or a second instance finds the key and tells no one twice. Deadlines name no person (ADR 0016), so
/// the warning goes to the township's 法制员, who keeps the 待办与预警 board; a missed period also goes to its 领导, the
/// 主要负责人 who answers for the government's rule-of-law work (党政主要负责人履行推进法治建设第一责任人职责规定 第三条、第四条)
/// and whose approval an extension needs (经负责人批准, e.g. 《政府信息公开条例》第三十三条第二款).
/// </summary>
internal sealed class DeadlineNotices(FazhiDbContext db, NotificationService notifications)
{
    /// <summary>Adds the notices the given deadlines' states call for; the sweep saves them with the states.</summary>
    public async Task<int> NotifyAsync(IReadOnlyCollection<Deadline> deadlines, CancellationToken cancellationToken)
    {
        var warned = deadlines.Where(d => d.IsGovernmentDuty && d.State is DeadlineState.DueSoon or DeadlineState.Overdue).ToList();
        if (warned.Count == 0)
        {
            return 0;
        }

        var ids = warned.Select(d => d.Id).ToList();
        var told = (await db.Set<Notification>().IgnoreQueryFilters()
                .Where(n => n.DeadlineId != null && ids.Contains(n.DeadlineId.Value) && n.SourceKey != null)
                .Select(n => new { n.RecipientUserId, n.SourceKey })
                .ToListAsync(cancellationToken))
            .Select(n => (n.RecipientUserId, n.SourceKey!))
            .ToHashSet();
        var townships = warned.Select(d => d.TownshipId).Distinct().ToList();
        var clerks = await HoldersAsync(townships, Roles.LegalClerk, cancellationToken);
        var leaders = await HoldersAsync(townships, Roles.Leader, cancellationToken);

        var added = 0;
        foreach (var deadline in warned)
        {
            var overdue = deadline.State == DeadlineState.Overdue;
            var people = clerks[deadline.TownshipId].Concat(overdue ? leaders[deadline.TownshipId] : []);
            added += notifications.Add(deadline.TownshipId, people, NoticeOf(deadline), deadline.Id, told);
        }

        return added;
    }

    public static string SourceKey(Guid deadlineId, DeadlineState state) => $"deadline:{deadlineId:N}:{state}";

    private static Notice NoticeOf(Deadline deadline)
    {
        var due = deadline.DueDate.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);
        return deadline.State == DeadlineState.Overdue
            ? new Notice(NotificationKind.DeadlineOverdue, $"已逾期：{deadline.SubjectTitle} · {deadline.Title}",
                $"法定期限已于 {due} 届满仍未办结（{deadline.LegalBasis}）。请尽快办理，并在办结时说明逾期原因。", $"/workspace/deadlines/{deadline.Id}", SourceKey(deadline.Id, deadline.State))
            : new Notice(NotificationKind.DeadlineDueSoon, $"即将到期：{deadline.SubjectTitle} · {deadline.Title}",
                $"法定期限至 {due} 届满（{deadline.LegalBasis}）。请在期限内办结；确需延长的，报领导批准。", $"/workspace/deadlines/{deadline.Id}", SourceKey(deadline.Id, deadline.State));
    }

    private async Task<ILookup<Guid, Guid>> HoldersAsync(List<Guid> townships, string role, CancellationToken cancellationToken)
    {
        var normalizedRole = role.ToUpperInvariant();
        var roleIds = db.Roles.Where(r => r.NormalizedName == normalizedRole).Select(r => r.Id);
        var holders = db.UserRoles.Where(ur => roleIds.Contains(ur.RoleId)).Select(ur => ur.UserId);
        var rows = await db.Set<FazhiUser>()
            .Where(u => u.TownshipId != null && townships.Contains(u.TownshipId.Value) && !u.IsDisabled && holders.Contains(u.Id))
            .Select(u => new { u.Id, TownshipId = u.TownshipId!.Value })
            .ToListAsync(cancellationToken);
        return rows.ToLookup(r => r.TownshipId, r => r.Id);
    }
}
