using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Html.Parser;

namespace Fazhi.IntegrationTests.Platform.Notifications;

/// <summary>Intent methods for notification tests: hand out work as staff do, and read what a person's bell and centre show.</summary>
internal static class NotificationScenario
{
    /// <summary>小江镇's clerk drafts a document and sends it to the township's legal advisor for 合法性审核; returns its id.</summary>
    public static async Task<Guid> AssignLegalityReviewAsync(HttpClient clerk, string title, string advisor = "xiaojiang.advisor")
    {
        var draft = await clerk.PostAsJsonAsync("/api/workspace/documents", new
        {
            title,
            body = "第一条 为了规范农村人居环境整治，结合本镇实际，制定本办法。\n第二条 本镇行政区域内的单位和个人，应当遵守本办法。",
            explanation = "依据上位法起草。",
            obligations = false,
            marketActors = false,
            penalty = false,
        });
        draft.StatusCode.ShouldBe(HttpStatusCode.Created, await draft.Content.ReadAsStringAsync());
        var id = (await draft.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var assigned = await clerk.PostAsJsonAsync($"/api/workspace/documents/{id}/legality-review", new { reviewerKind = 1, advisorUserName = advisor });
        assigned.IsSuccessStatusCode.ShouldBeTrue(await assigned.Content.ReadAsStringAsync());
        return id;
    }

    public static async Task<int> UnreadAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonElement>("/api/workspace/notifications/unread-count")).GetProperty("unread").GetInt32();

    /// <summary>The person's notifications (unread only if asked), first page, as the API lists them.</summary>
    public static async Task<IReadOnlyList<JsonElement>> ListAsync(HttpClient client, bool unreadOnly = false) =>
        [.. (await client.GetFromJsonAsync<JsonElement>($"/api/workspace/notifications?unread={(unreadOnly ? "true" : "false")}")).GetProperty("items").EnumerateArray()];

    /// <summary>What the bell in the navigation says on a workspace page: the badge's number, or null without one.</summary>
    public static async Task<int?> BellAsync(HttpClient client, string path = "/workspace")
    {
        var document = new HtmlParser().ParseDocument(await client.GetStringAsync(path));
        var bell = document.QuerySelector("a.notification-bell").ShouldNotBeNull("工作台导航中没有通知铃铛");
        var badge = bell.QuerySelector(".unread-badge");
        return badge is null ? null : int.Parse(badge.TextContent.Trim(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
