namespace Fazhi.Platform.Notifications;

/// <summary>Why someone is told: a step that hands them work, a refusal of their work, or a period of theirs.</summary>
public enum NotificationKind
{
    /// <summary>新任务: a review, a case, a ticket, an extension to approve now waits on this person or role.</summary>
    Assignment = 1,

    /// <summary>退回与不予通过: someone else's decision refused or returned this person's work.</summary>
    Refusal = 2,

    /// <summary>即将到期: a government duty entered its warning window.</summary>
    DeadlineDueSoon = 3,

    /// <summary>逾期: a government duty passed its due date unmet.</summary>
    DeadlineOverdue = 4,
}

/// <summary>
/// Who is told: one named user of a township, or everyone holding a role in it (e.g. the township's 法制员 when a 12345
/// ticket arrives). A role is expanded to its holders when the notice is given, so each person reads and marks their own.
/// </summary>
public sealed record NotificationRecipient(Guid TownshipId, string? UserName, string? Role)
{
    public static NotificationRecipient User(Guid townshipId, string userName) => new(townshipId, userName, null);

    public static NotificationRecipient RoleIn(Guid townshipId, string role) => new(townshipId, null, role);
}

/// <summary>What the person reads: a short title, one or two sentences saying what happened and what to do, and the page.</summary>
/// <param name="Kind">Why they are told.</param>
/// <param name="Title">E.g. 请对《……》进行合法性审核.</param>
/// <param name="Body">E.g. 小江镇法制员已送审，审核期限至 2026年12月7日。</param>
/// <param name="Url">Workspace page of the record, e.g. <c>/workspace/documents/{id}</c>.</param>
/// <param name="SourceKey">
/// Optional key of the event (e.g. <c>deadline:{id}:Overdue</c>): a recipient is told of one key once, however often
/// the step that gives it runs.
/// </param>
public sealed record Notice(NotificationKind Kind, string Title, string Body, string Url, string? SourceKey = null);

/// <summary>
/// The one way a module tells people about a step (issue 14 item 2). Like <see cref="Platform.Deadlines.IDeadlines"/> it adds
/// tracked records and does not save: the step's own SaveChanges stores the step and its notifications in one
/// transaction, audited, so a refused or failed step tells no one.
/// </summary>
public interface INotifications
{
    /// <summary>
    /// Tells <paramref name="recipient"/> (active accounts of that township only). The person taking the step is not told of
    /// their own act. Returns how many people were told.
    /// </summary>
    Task<int> NotifyAsync(NotificationRecipient recipient, Notice notice, CancellationToken cancellationToken);
}
