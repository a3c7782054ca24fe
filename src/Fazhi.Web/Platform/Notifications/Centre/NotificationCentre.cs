using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Platform.Notifications.Centre;

/// <summary>One notification as the centre lists it.</summary>
internal sealed record NotificationRow(Guid Id, NotificationKind Kind, string Title, string Body, string Url, string SenderName, DateTimeOffset CreatedAt, DateTimeOffset? ReadAt)
{
    public string KindLabel => NotificationLabels.Kind(Kind);

    public bool IsRead => ReadAt is not null;
}

internal sealed record NotificationPage(IReadOnlyList<NotificationRow> Rows, int Total, int Page, int PageCount, int Unread);

/// <summary>The digest setting as the account page shows and saves it.</summary>
internal sealed record DigestSettingRequest(bool DailyDigest, string? Email);

/// <summary>
/// The signed-in person's own notifications (通知中心): the unread count of the bell, the list by page, marking read.
/// Every query is narrowed to the caller as recipient on top of the township filter, so a colleague's notification is
/// as absent (404) as another township's.
/// </summary>
internal sealed class NotificationCentre(FazhiDbContext db, TimeProvider clock)
{
    public const int PageSize = 20;

    private Guid Me => db.Tenant.UserId ?? Guid.Empty;

    private IQueryable<Notification> Mine => db.Set<Notification>().Where(n => n.RecipientUserId == Me);

    public Task<int> UnreadCountAsync(CancellationToken ct) => Mine.CountAsync(n => n.ReadAt == null, ct);

    public async Task<NotificationPage> PageAsync(bool unreadOnly, int page, CancellationToken ct)
    {
        var query = unreadOnly ? Mine.Where(n => n.ReadAt == null) : Mine;
        var total = await query.CountAsync(ct);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pageCount);
        var rows = await query.OrderByDescending(n => n.CreatedAt).ThenBy(n => n.Id)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(n => new NotificationRow(n.Id, n.Kind, n.Title, n.Body, n.Url, n.SenderName, n.CreatedAt, n.ReadAt))
            .ToListAsync(ct);
        return new NotificationPage(rows, total, page, pageCount, await UnreadCountAsync(ct));
    }

    /// <summary>Marks one of the caller's notifications read; false when it is not theirs (or does not exist).</summary>
    public async Task<bool> MarkReadAsync(Guid id, Actor who, CancellationToken ct)
    {
        WhoMayRule.Of<NotificationsReadByRecipient>().Check(who);
        var notification = await Mine.SingleOrDefaultAsync(n => n.Id == id, ct);
        if (notification is null)
        {
            return false;
        }

        notification.MarkRead(clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>Marks every unread notification of the caller read; returns how many.</summary>
    public async Task<int> MarkAllReadAsync(Actor who, CancellationToken ct)
    {
        WhoMayRule.Of<NotificationsReadByRecipient>().Check(who);
        var unread = await Mine.Where(n => n.ReadAt == null).ToListAsync(ct);
        var now = clock.GetUtcNow();
        foreach (var notification in unread)
        {
            notification.MarkRead(now);
        }

        await db.SaveChangesAsync(ct);
        return unread.Count;
    }

    public async Task<DigestSettingRequest> DigestSettingAsync(CancellationToken ct)
    {
        var preference = await db.Set<NotificationPreference>().SingleOrDefaultAsync(p => p.UserId == Me, ct);
        return new DigestSettingRequest(preference?.DailyDigest ?? false, preference?.Email);
    }

    /// <summary>
    /// Saves the caller's digest choice. An address is needed to choose the digest and must be one a mail server
    /// accepts; the field error is returned for the page to show beside the field.
    /// </summary>
    public async Task<string?> SaveDigestSettingAsync(DigestSettingRequest request, Actor who, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        WhoMayRule.Of<NotificationsReadByRecipient>().Check(who);
        var email = string.IsNullOrWhiteSpace(request.Email) ? null : request.Email.Trim();
        if (request.DailyDigest && email is null)
        {
            return "选择接收每日邮件摘要，须填写电子邮箱。";
        }

        if (email is not null && !EmailAddresses.IsValid(email))
        {
            return "电子邮箱格式不正确，应形如 name@example.gov.cn。";
        }

        var preference = await db.Set<NotificationPreference>().SingleOrDefaultAsync(p => p.UserId == Me, ct);
        if (preference is null)
        {
            preference = new NotificationPreference { UserId = Me, TownshipId = who.TownshipId!.Value };
            db.Add(preference);
        }

        preference.DailyDigest = request.DailyDigest;
        preference.Email = email;
        preference.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return null;
    }
}

/// <summary>
/// A person reads and marks their own notifications and chooses their own digest: every township role, for itself
/// only (the centre narrows to the caller as recipient). Checked by the centre; its page and endpoints name it (ADR 0010).
/// </summary>
internal sealed class NotificationsReadByRecipient() : WhoMayRule(
    "notifications.own.who", "通知和邮件摘要设置只能由本人查看和处理，须以乡镇工作人员账户登录。",
    Roles.LegalClerk, Roles.EnforcementOfficer, Roles.Leader, Roles.LegalAdvisor, Roles.VillageCadre);

/// <summary>An address MailKit can deliver to: one mailbox, a local part and a dotted domain, no display name.</summary>
internal static class EmailAddresses
{
    public static bool IsValid(string email) =>
        email.Length <= 254
        && MimeKit.MailboxAddress.TryParse(email, out var mailbox)
        && string.Equals(mailbox.Address, email, StringComparison.Ordinal)
        && string.IsNullOrEmpty(mailbox.Name)
        && mailbox.Address.IndexOf('@', StringComparison.Ordinal) is var at and > 0
        && mailbox.Address[(at + 1)..] is var domain && domain.Contains('.', StringComparison.Ordinal) && !domain.StartsWith('.') && !domain.EndsWith('.');
}
