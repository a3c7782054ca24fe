using System.Globalization;
using System.Text;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Jobs;
using Fazhi.Platform.Deadlines;
using Fazhi.Platform.Tenancy;
using Fazhi.Platform.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Fazhi.Platform.Notifications.Digest;

/// <summary>What one person's digest lists.</summary>
internal sealed record DigestContent(string DisplayName, string Email, IReadOnlyList<(string Kind, string Title, string Url)> Unread, int UnreadTotal, IReadOnlyList<(string State, string Title, DateOnly DueDate, string Url)> Deadlines);

/// <summary>
/// One pass of the daily e-mail digest, shaped like the deadline sweep (STYLE §2.1 item 9) so a scheduler's lock can
/// wrap it: from the configured Beijing hour, every person who chose the digest and has something waiting — unread
/// notifications, or periods they were warned of that are still 即将到期 or 逾期 — gets one mail a day. The day's
/// <see cref="DigestDelivery"/> is saved before the mail goes out and is unique per person and day, so a second run,
/// a restart or another instance never sends twice (at most once: a mail the server refused frees the claim for the
/// next run; an instance stopped between claim and send leaves that day's digest unsent).
/// </summary>
internal sealed partial class DailyDigest(IServiceScopeFactory scopes, IOptions<DigestOptions> options, TimeProvider clock, JobRunner jobs, ILogger<DailyDigest> logger)
{
    public const string JobName = "daily-digest";

    /// <summary>At most this many notifications are listed in a mail; the rest are counted.</summary>
    public const int ListedNotifications = 30;

    /// <summary>
    /// Runs once as the system tenant unless another instance is sending (the job lock, ADR 0029; the unique delivery per
    /// person and day stays the guarantee); returns how many digests this run sent.
    /// </summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken = default)
    {
        var run = await jobs.RunOnceAsync(JobName, SendAsync, cancellationToken);
        return run.Ran ? run.Result : 0;
    }

    private async Task<int> SendAsync(CancellationToken cancellationToken)
    {
        var o = options.Value;
        var now = ChinaTime.ToChina(clock.GetUtcNow());
        if (!o.Enabled || now.Hour < o.Hour)
        {
            return 0;
        }

        var today = ChinaTime.Today(clock);
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentTenant>().Value = TenantContext.System;
        var db = scope.ServiceProvider.GetRequiredService<FazhiDbContext>();
        await using var mailer = scope.ServiceProvider.GetRequiredService<DigestMailer>();

        var sentToday = db.Set<DigestDelivery>().Where(d => d.Day == today).Select(d => d.UserId);
        var subscribers = await db.Set<NotificationPreference>()
            .Where(p => p.DailyDigest && p.Email != null && !sentToday.Contains(p.UserId))
            .Join(db.Set<FazhiUser>().Where(u => !u.IsDisabled), p => p.UserId, u => u.Id, (p, u) => new { p.UserId, p.TownshipId, Email = p.Email!, u.DisplayName })
            .ToListAsync(cancellationToken);

        var sent = 0;
        foreach (var subscriber in subscribers)
        {
            var content = await ContentAsync(db, subscriber.UserId, subscriber.DisplayName, subscriber.Email, cancellationToken);
            if (content.UnreadTotal == 0 && content.Deadlines.Count == 0)
            {
                // Nothing waits: no mail, and no record, so something arriving later today still goes out.
                continue;
            }

            var delivery = new DigestDelivery
            {
                UserId = subscriber.UserId,
                TownshipId = subscriber.TownshipId,
                Day = today,
                Email = subscriber.Email,
                NotificationCount = content.UnreadTotal,
                DeadlineCount = content.Deadlines.Count,
                ClaimedAt = clock.GetUtcNow(),
            };
            db.Add(delivery);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Another run claimed this person's day between our read and our insert: theirs to send.
                db.ChangeTracker.Clear();
                continue;
            }

            try
            {
                await mailer.SendAsync(Compose(content, today, o), cancellationToken);
            }
            catch (Exception e) when (e is IOException or System.Net.Sockets.SocketException or MailKit.ProtocolException or MailKit.CommandException or MailKit.Security.AuthenticationException)
            {
                LogSendFailed(e, subscriber.UserId);
                db.Remove(delivery);
                await db.SaveChangesAsync(cancellationToken);
                continue;
            }

            delivery.SentAt = clock.GetUtcNow();
            await db.SaveChangesAsync(cancellationToken);
            sent++;
        }

        return sent;
    }

    private static async Task<DigestContent> ContentAsync(FazhiDbContext db, Guid userId, string displayName, string email, CancellationToken ct)
    {
        var unread = db.Set<Notification>().Where(n => n.RecipientUserId == userId && n.ReadAt == null);
        var unreadTotal = await unread.CountAsync(ct);
        var listed = await unread.OrderByDescending(n => n.CreatedAt).Take(ListedNotifications)
            .Select(n => new { n.Kind, n.Title, n.Url }).ToListAsync(ct);
        var warnedOf = db.Set<Notification>().Where(n => n.RecipientUserId == userId && n.DeadlineId != null).Select(n => n.DeadlineId!.Value);
        var deadlines = await db.Set<Deadline>()
            .Where(d => warnedOf.Contains(d.Id) && (d.State == DeadlineState.DueSoon || d.State == DeadlineState.Overdue))
            .OrderBy(d => d.DueDate)
            .Select(d => new { d.Id, d.State, d.Owner, d.SubjectTitle, d.Title, d.DueDate })
            .ToListAsync(ct);
        return new DigestContent(
            displayName,
            email,
            [.. listed.Select(n => (NotificationLabels.Kind(n.Kind), n.Title, n.Url))],
            unreadTotal,
            [.. deadlines.Select(d => (DeadlineLabels.State(d.State, d.Owner), $"{d.SubjectTitle} · {d.Title}", d.DueDate, $"/workspace/deadlines/{d.Id}"))]);
    }

    /// <summary>The mail, in Chinese, plain text (read in any client, including a phone's).</summary>
    internal static MimeMessage Compose(DigestContent content, DateOnly day, DigestOptions o)
    {
        var date = day.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);
        string Link(string path) => string.IsNullOrEmpty(o.PublicBaseUrl) ? path : o.PublicBaseUrl.TrimEnd('/') + path;
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{content.DisplayName}：您好！");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"截至{date}，您在法治政府建设工作台有未读通知 {content.UnreadTotal} 条、待办期限 {content.Deadlines.Count} 项。");
        if (content.Deadlines.Count > 0)
        {
            text.AppendLine();
            text.AppendLine("【待办期限】");
            foreach (var d in content.Deadlines)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"· [{d.State}] {d.Title}，到期日 {d.DueDate.ToString("yyyy年M月d日", CultureInfo.InvariantCulture)}  {Link(d.Url)}");
            }
        }

        if (content.Unread.Count > 0)
        {
            text.AppendLine();
            text.AppendLine("【未读通知】");
            foreach (var n in content.Unread)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"· [{n.Kind}] {n.Title}  {Link(n.Url)}");
            }

            if (content.UnreadTotal > content.Unread.Count)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"另有 {content.UnreadTotal - content.Unread.Count} 条未读通知，请登录通知中心查看。");
            }
        }

        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"通知中心：{Link("/workspace/notifications")}");
        text.AppendLine(CultureInfo.InvariantCulture, $"本邮件由系统每日发送一次。不再接收请在“我的账户”中取消：{Link("/workspace/account")}");

        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(o.SenderName, o.Sender));
        message.To.Add(new MailboxAddress(content.DisplayName, content.Email));
        message.Subject = $"法治工作台每日摘要（{date}）：未读通知 {content.UnreadTotal} 条，待办期限 {content.Deadlines.Count} 项";
        message.Body = new TextPart(MimeKit.Text.TextFormat.Plain) { Text = text.ToString() };
        return message;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Daily digest to user {UserId} was not accepted by the SMTP server; it is retried on the next run")]
    private partial void LogSendFailed(Exception exception, Guid userId);
}

/// <summary>
/// Runs the digest on a <see cref="PeriodicTimer"/> of the injected clock while it is enabled. Off in the Testing
/// environment, where tests move the clock and call <see cref="DailyDigest.RunOnceAsync"/> themselves.
/// </summary>
internal sealed partial class DailyDigestService(
    DailyDigest digest,
    TimeProvider clock,
    IOptions<DigestOptions> options,
    IHostEnvironment environment,
    ILogger<DailyDigestService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (environment.IsEnvironment("Testing") || !options.Value.Enabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.Value.Interval, clock);
        do
        {
            try
            {
                var sent = await digest.RunOnceAsync(stoppingToken);
                if (sent > 0)
                {
                    LogSent(sent);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A failed pass is retried on the next tick; what was sent is recorded per person and day.
                LogFailed(e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Daily digest sent {Sent} mails")]
    private partial void LogSent(int sent);

    [LoggerMessage(Level = LogLevel.Error, Message = "Daily digest run failed")]
    private partial void LogFailed(Exception exception);
}
