using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Fazhi.IntegrationTests.Infrastructure;

namespace Fazhi.IntegrationTests.Modules.Documents;

/// <summary>Intent methods over the documents API, as a clerk, advisor or leader would call it.</summary>
internal static class DocumentsApi
{
    public const string Body = """
        第一条 为了规范农村村民住宅建设，保护耕地，根据《中华人民共和国土地管理法》等法律法规，结合本镇实际，制定本办法。
        第二条 本镇行政区域内农村村民新建、改建、扩建住宅，适用本办法。
        第三条 村民建房应当符合村庄规划，一户只能拥有一处宅基地。
        第四条 违反本办法擅自建房的，由镇人民政府责令改正，并处五千元罚款。
        """;

    /// <summary>
    /// Sets the test clock to 09:00 Beijing time of a date, backwards too: the 国庆节 scenarios replay 2026 dates before the
    /// fixture's today, because the official calendar ends with 2026. A session cookie lasts 8 hours of this clock, so a
    /// scenario signs in again after moving it forward by a day or more.
    /// </summary>
    public static void SetDate(this FazhiApp app, DateOnly date) =>
        app.Clock.AdjustTime(new DateTimeOffset(date.ToDateTime(new TimeOnly(1, 0)), TimeSpan.Zero));

    public static async Task<(HttpStatusCode Status, JsonElement Json)> PostAsync(this HttpClient client, string url, object? body = null)
    {
        var response = await client.PostAsJsonAsync(url, body ?? new { });
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, string.IsNullOrWhiteSpace(text) ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    public static async Task<JsonElement> GetJsonAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, url);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    public static void ShouldBeOk(this (HttpStatusCode Status, JsonElement Json) result, HttpStatusCode expected = HttpStatusCode.OK) =>
        result.Status.ShouldBe(expected, result.Json.ToString());

    /// <summary>Asserts a 409 ProblemDetails with the rule's code and a Chinese message.</summary>
    public static void ShouldBeRefusedWith(this (HttpStatusCode Status, JsonElement Json) result, string code)
    {
        result.Status.ShouldBe(HttpStatusCode.Conflict, result.Json.ToString());
        result.Json.GetProperty("code").GetString().ShouldBe(code);
        result.Json.GetProperty("detail").GetString()!.ShouldMatch("[\u4e00-\u9fff]");
    }

    public static async Task<Guid> DraftAsync(HttpClient clerk, string title, bool obligations = false, bool marketActors = false, string body = Body)
    {
        var (status, json) = await clerk.PostAsync("/api/workspace/documents", new { title, body, explanation = "依据上位法起草。", obligations, marketActors, penalty = true });
        status.ShouldBe(HttpStatusCode.Created, json.ToString());
        return json.GetProperty("id").GetGuid();
    }

    /// <summary>Draft (no comment required) → review by the township advisor → 合法 → deliberation approved.</summary>
    public static async Task<Guid> DeliberatedAsync(FazhiApp app, HttpClient clerk, string township, string title)
    {
        var id = await DraftAsync(clerk, title);
        (await clerk.PostAsync($"/api/workspace/documents/{id}/legality-review", new { reviewerKind = 1, advisorUserName = $"{township}.advisor" })).ShouldBeOk();
        var advisor = await app.ClientForAsync($"{township}.advisor");
        (await advisor.PostAsync($"/api/workspace/documents/{id}/legality-review/opinion", new { opinion = 1, reasons = "制定主体、权限、程序合法，内容不违反上位法。" })).ShouldBeOk();
        (await clerk.PostAsync($"/api/workspace/documents/{id}/deliberation", new { meetingDate = "2026-09-28", attendees = "镇长、副镇长、党政办主任", decision = 1, minutes = "会议审议通过。" })).ShouldBeOk();
        return id;
    }

    /// <summary>The two signatures in their order (ADR 0027): the 分管领导 (<c>.deputy</c>), then the 主要领导 (<c>.leader</c>).</summary>
    public static async Task SignBothAsync(FazhiApp app, Guid id, string township = "xiaojiang")
    {
        (await (await app.ClientForAsync($"{township}.deputy")).PostAsync($"/api/workspace/documents/{id}/signatures", new { role = 1 })).ShouldBeOk();
        (await (await app.ClientForAsync($"{township}.leader")).PostAsync($"/api/workspace/documents/{id}/signatures", new { role = 2 })).ShouldBeOk();
    }

    public static Task<(HttpStatusCode Status, JsonElement Json)> PublishAsync(HttpClient clerk, Guid id) =>
        clerk.PostAsync($"/api/workspace/documents/{id}/publication", new { writtenOn = "2026-09-29", effectiveFrom = "2026-10-15" });
}
