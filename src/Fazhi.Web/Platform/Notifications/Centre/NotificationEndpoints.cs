using System.ComponentModel.DataAnnotations;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Fazhi.Platform.Notifications.Centre;

internal sealed record NotificationResponse(Guid Id, string Kind, string KindLabel, string Title, string Body, string Url, string SenderName, DateTimeOffset CreatedAt, DateTimeOffset? ReadAt);

internal sealed record NotificationListResponse(int Total, int Page, int PageCount, int Unread, IReadOnlyList<NotificationResponse> Items);

internal sealed record UnreadCountResponse(int Unread);

internal sealed record MarkedReadResponse(int Marked, int Unread);

internal sealed record NotificationQuery(
    [property: FromQuery] bool? Unread,
    [property: FromQuery, Range(1, 100000, ErrorMessage = "页码应为正整数。")] int? Page);

internal static class NotificationEndpoints
{
    internal static void MapNotificationApi(this RouteGroupBuilder group)
    {
        group.MapGet("/", async ([AsParameters] NotificationQuery query, NotificationCentre centre, CancellationToken ct) =>
        {
            var page = await centre.PageAsync(query.Unread == true, query.Page ?? 1, ct);
            return TypedResults.Ok(new NotificationListResponse(page.Total, page.Page, page.PageCount, page.Unread, [.. page.Rows.Select(ToResponse)]));
        }).WithSummary("我的通知（unread=true 只列未读；每页 20 条，新的在前）");

        group.MapGet("/unread-count", async (NotificationCentre centre, CancellationToken ct) =>
            TypedResults.Ok(new UnreadCountResponse(await centre.UnreadCountAsync(ct))))
            .WithSummary("我的未读通知数");

        group.MapPost("/{id:guid}/read", async Task<Results<Ok<MarkedReadResponse>, NotFound>> (Guid id, HttpContext http, NotificationCentre centre, CancellationToken ct) =>
            await centre.MarkReadAsync(id, http.User.ToActor(), ct)
                ? TypedResults.Ok(new MarkedReadResponse(1, await centre.UnreadCountAsync(ct)))
                : TypedResults.NotFound())
            .WhoMay<NotificationsReadByRecipient>().WithSummary("将一条通知标为已读（只能处理本人的通知）");

        group.MapPost("/read-all", async (HttpContext http, NotificationCentre centre, CancellationToken ct) =>
        {
            var marked = await centre.MarkAllReadAsync(http.User.ToActor(), ct);
            return TypedResults.Ok(new MarkedReadResponse(marked, 0));
        }).WhoMay<NotificationsReadByRecipient>().WithSummary("将本人全部未读通知标为已读");

        group.MapGet("/digest-setting", async (NotificationCentre centre, CancellationToken ct) => TypedResults.Ok(await centre.DigestSettingAsync(ct)))
            .WithSummary("本人的每日邮件摘要设置");
    }

    internal static NotificationResponse ToResponse(NotificationRow row) =>
        new(row.Id, row.Kind.ToString(), row.KindLabel, row.Title, row.Body, row.Url, row.SenderName, row.CreatedAt, row.ReadAt);
}
