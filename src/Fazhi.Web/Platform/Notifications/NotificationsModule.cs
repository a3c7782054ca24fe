using Fazhi.Platform.Notifications.Centre;
using Fazhi.Platform.Notifications.Warnings;
using Fazhi.Platform.Notifications.Digest;
using Fazhi.Platform.Web;

namespace Fazhi.Platform.Notifications;

/// <summary>
/// Notifications (issue 14 item 2, ADR 0028): one <see cref="INotifications"/> for every module, the 通知中心 with the
/// bell's unread count, the deadline warnings the sweep gives, and the optional daily e-mail digest.
/// </summary>
public static class NotificationsModule
{
    public static IServiceCollection AddFazhiNotifications(this IServiceCollection services)
    {
        services.AddScoped<NotificationService>();
        services.AddScoped<INotifications>(sp => sp.GetRequiredService<NotificationService>());
        services.AddScoped<NotificationCentre>();
        services.AddScoped<DeadlineNotices>();
        services.AddOptions<DigestOptions>().BindConfiguration("Fazhi:Notifications:Digest")
            .Validate(o => o.Hour is >= 0 and <= 23, "Fazhi:Notifications:Digest:Hour must be 0–23")
            .Validate(o => !o.Enabled || (!string.IsNullOrWhiteSpace(o.SmtpHost) && EmailAddresses.IsValid(o.Sender)),
                "Fazhi:Notifications:Digest needs SmtpHost and a valid Sender when Enabled")
            .ValidateOnStart();
        services.AddScoped<DigestMailer>();
        services.AddSingleton<DailyDigest>();
        services.AddHostedService<DailyDigestService>();
        services.AddMenuItem(new MenuItem(MenuAreas.Workspace, "通知中心", "/workspace/notifications", 6));
        services.AddNotificationLabels();
        return services;
    }

    public static IEndpointRouteBuilder MapNotificationEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapApiGroup("/api/workspace/notifications", "通知").MapNotificationApi();
        return app;
    }

    private static IServiceCollection AddNotificationLabels(this IServiceCollection services)
    {
        services.AddRecordLabels<Notification>("通知", new Dictionary<string, string>
        {
            [nameof(Notification.Body)] = "内容",
            [nameof(Notification.CreatedAt)] = "通知时间",
            [nameof(Notification.DeadlineId)] = "所涉期限",
            [nameof(Notification.Kind)] = "通知类型",
            [nameof(Notification.ReadAt)] = "已读时间",
            [nameof(Notification.RecipientUserId)] = "接收人",
            [nameof(Notification.SenderName)] = "发出人",
            [nameof(Notification.SourceKey)] = "事件标识",
            [nameof(Notification.Title)] = "标题",
            [nameof(Notification.Url)] = "事项地址",
        });
        services.AddRecordLabels<NotificationPreference>("通知设置", new Dictionary<string, string>
        {
            [nameof(NotificationPreference.DailyDigest)] = "接收每日邮件摘要",
            [nameof(NotificationPreference.Email)] = "电子邮箱",
            [nameof(NotificationPreference.UpdatedAt)] = "更新时间",
            [nameof(NotificationPreference.UserId)] = "用户",
        });
        services.AddRecordLabels<DigestDelivery>("邮件摘要发送记录", new Dictionary<string, string>
        {
            [nameof(DigestDelivery.ClaimedAt)] = "开始发送时间",
            [nameof(DigestDelivery.Day)] = "日期",
            [nameof(DigestDelivery.DeadlineCount)] = "待办期限数",
            [nameof(DigestDelivery.Email)] = "电子邮箱",
            [nameof(DigestDelivery.NotificationCount)] = "未读通知数",
            [nameof(DigestDelivery.SentAt)] = "发送完成时间",
            [nameof(DigestDelivery.UserId)] = "用户",
        });
        services.AddEnumLabels<NotificationKind>(NotificationLabels.Kind);
        return services;
    }
}
