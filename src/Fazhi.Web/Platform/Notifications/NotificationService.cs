using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Platform.Notifications;

/// <summary>
/// <see cref="INotifications"/> on the one context: finds the active accounts the recipient names in that township and
/// adds one <see cref="Notification"/> each, skipping the person taking the step and anyone already told of the same
/// <see cref="Notice.SourceKey"/>. Adds only; the caller's SaveChanges commits.
/// </summary>
internal sealed class NotificationService(FazhiDbContext db, TimeProvider clock) : INotifications
{
    public async Task<int> NotifyAsync(NotificationRecipient recipient, Notice notice, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(recipient);
        ArgumentNullException.ThrowIfNull(notice);
        var people = await RecipientsAsync(recipient, cancellationToken);
        var told = new HashSet<(Guid, string)>();
        if (notice.SourceKey is { } key && people.Count > 0)
        {
            var stored = await db.Set<Notification>().IgnoreQueryFilters()
                .Where(n => n.SourceKey == key && people.Contains(n.RecipientUserId))
                .Select(n => n.RecipientUserId).ToListAsync(cancellationToken);
            told.UnionWith(stored.Select(u => (u, key)));
        }

        return Add(recipient.TownshipId, people, notice, deadlineId: null, told);
    }

    /// <summary>The active accounts of the township the recipient names (the actor excluded).</summary>
    public async Task<IReadOnlyList<Guid>> RecipientsAsync(NotificationRecipient to, CancellationToken cancellationToken)
    {
        var users = db.Set<FazhiUser>().Where(u => u.TownshipId == to.TownshipId && !u.IsDisabled);
        if (to.UserName is { } userName)
        {
            var normalized = userName.Trim().ToUpperInvariant();
            users = users.Where(u => u.NormalizedUserName == normalized);
        }

        if (to.Role is { } role)
        {
            var normalizedRole = role.ToUpperInvariant();
            var roleIds = db.Roles.Where(r => r.NormalizedName == normalizedRole).Select(r => r.Id);
            var holders = db.UserRoles.Where(ur => roleIds.Contains(ur.RoleId)).Select(ur => ur.UserId);
            users = users.Where(u => holders.Contains(u.Id));
        }

        var actor = db.Tenant.UserId;
        return await users.Where(u => actor == null || u.Id != actor).Select(u => u.Id).ToListAsync(cancellationToken);
    }

    /// <summary>Adds the notice for each person not yet told of its source key; returns how many were added.</summary>
    public int Add(Guid townshipId, IEnumerable<Guid> people, Notice notice, Guid? deadlineId, IReadOnlySet<(Guid User, string Key)>? alreadyTold = null)
    {
        var now = clock.GetUtcNow();
        var added = 0;
        foreach (var userId in people.Distinct())
        {
            if (notice.SourceKey is { } key && (alreadyTold?.Contains((userId, key)) == true || Pending(userId, key)))
            {
                continue;
            }

            db.Add(new Notification
            {
                TownshipId = townshipId,
                RecipientUserId = userId,
                Kind = notice.Kind,
                Title = Trim(notice.Title, 300),
                Body = Trim(notice.Body, 1000),
                Url = notice.Url,
                SourceKey = notice.SourceKey,
                DeadlineId = deadlineId,
                SenderName = db.Tenant.UserId is null ? "系统" : db.Tenant.UserName,
                CreatedAt = now,
            });
            added++;
        }

        return added;
    }

    /// <summary>Already added in this unit of work (not yet saved) for the same person and key.</summary>
    private bool Pending(Guid userId, string key) =>
        db.ChangeTracker.Entries<Notification>().Any(e => e.State == EntityState.Added && e.Entity.RecipientUserId == userId && e.Entity.SourceKey == key);

    private static string Trim(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
