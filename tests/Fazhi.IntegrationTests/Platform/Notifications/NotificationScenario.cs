using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Fazhi.IntegrationTests.Infrastructure;

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
        var badge = bell.QuerySelector(".unread-count");
        return badge is null ? null : int.Parse(badge.TextContent.Trim(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>小江镇's clerk registers a 信访 petition received today; returns the id of its 15-day notice deadline (信访工作条例 第二十三条).</summary>
    public static async Task<Guid> PetitionDeadlineAsync(FazhiApp app, HttpClient clerk, string subject)
    {
        var today = Fazhi.Platform.Time.ChinaTime.Today(app.Clock).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var created = await clerk.PostAsJsonAsync("/api/workspace/disputes/petitions", new
        {
            source = 1,
            channel = 2,
            category = 6,
            topic = 3,
            subject,
            content = "信访人反映其承包地被邻组村民占用耕种，多次协商未果，请求镇政府依法处理。",
            petitionerName = "韦光明",
            petitionerPhone = "13600136055",
            petitionerAddress = "小江村四组",
            receivedOn = today,
        });
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        return await app.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(
            db.Set<Fazhi.Platform.Deadlines.Deadline>().Where(d => d.SubjectId == id && d.RuleCode == "disputes.petition.notice").Select(d => d.Id)));
    }

    /// <summary>Posts to the deadlines API and returns the status with the parsed answer.</summary>
    public static async Task<(HttpStatusCode Status, JsonElement Json)> DeadlineStepAsync(HttpClient client, string path, object? body = null)
    {
        var response = await client.PostAsJsonAsync($"/api/workspace/deadlines/{path}", body ?? new { });
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, string.IsNullOrWhiteSpace(text) ? default : JsonDocument.Parse(text).RootElement.Clone());
    }
}
