using Fazhi.Platform.Tenancy;

namespace Fazhi.Platform.Notifications;

/// <summary>
/// One message to one person of a township. The county may add one (its 备案审查 refusal tells the township's 法制员)
/// but never change it; only the recipient marks it read.
/// </summary>
internal sealed class Notification : ICountyInsertable
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid TownshipId { get; set; }

    public Guid RecipientUserId { get; set; }

    public NotificationKind Kind { get; set; }

    public string Title { get; set; } = "";

    public string Body { get; set; } = "";

    public string Url { get; set; } = "";

    /// <summary>The event it reports, for "once per recipient" (e.g. <c>deadline:{id}:DueSoon</c>); null when every call is news.</summary>
    public string? SourceKey { get; set; }

    /// <summary>The deadline it warns of, so the daily digest lists the recipient's own waiting periods.</summary>
    public Guid? DeadlineId { get; set; }

    /// <summary>Who took the step, as the recipient reads it (系统 for the sweep).</summary>
    public string SenderName { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? ReadAt { get; set; }

    public bool IsRead => ReadAt is not null;

    public void MarkRead(DateTimeOffset now) => ReadAt ??= now;
}

/// <summary>A person's choice of the daily e-mail digest and the address it goes to (their own setting).</summary>
internal sealed class NotificationPreference : ITenantOwned
{
    public Guid UserId { get; set; }

    public Guid TownshipId { get; set; }

    public bool DailyDigest { get; set; }

    public string? Email { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>
/// The digest of one person for one Beijing day: written before the mail is handed to the SMTP server and unique per
/// person and day, so no run — a second tick, a restart, another instance — mails them twice that day.
/// </summary>
internal sealed class DigestDelivery : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid UserId { get; set; }

    public Guid TownshipId { get; set; }

    public DateOnly Day { get; set; }

    public string Email { get; set; } = "";

    public int NotificationCount { get; set; }

    public int DeadlineCount { get; set; }

    public DateTimeOffset ClaimedAt { get; set; }

    /// <summary>When the SMTP server accepted the mail; null while it is being sent (or if the instance stopped mid-send).</summary>
    public DateTimeOffset? SentAt { get; set; }
}

/// <summary>The Chinese words of the notification kinds.</summary>
public static class NotificationLabels
{
    public static string Kind(NotificationKind kind) => kind switch
    {
        NotificationKind.Assignment => "新任务",
        NotificationKind.Refusal => "退回与不予通过",
        NotificationKind.DeadlineDueSoon => "期限即将到期",
        NotificationKind.DeadlineOverdue => "期限已逾期",
        _ => kind.ToString(),
    };
}
