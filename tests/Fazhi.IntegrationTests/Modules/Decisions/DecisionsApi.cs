using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Fazhi.IntegrationTests.Modules.Decisions;

/// <summary>Intent methods over the decisions API, as a clerk, advisor or leader would call it.</summary>
internal static class DecisionsApi
{
    public const string Base = "/api/workspace/decisions";

    public const string Draft = "第一条 为改善集镇环境，迁建农贸市场。\n第二条 原经营户优先选择新摊位。\n第三条 迁建资金由镇财政统筹。";

    public static async Task<(HttpStatusCode Status, JsonElement Json)> SendAsync(this HttpClient client, string url, object? body = null)
    {
        var response = await client.PostAsJsonAsync(url, body ?? new { });
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, string.IsNullOrWhiteSpace(text) ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    public static async Task<JsonElement> ReadJsonAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, url);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    public static JsonElement Ok(this (HttpStatusCode Status, JsonElement Json) result, HttpStatusCode expected = HttpStatusCode.OK)
    {
        result.Status.ShouldBe(expected, result.Json.ToString());
        return result.Json;
    }

    /// <summary>A 409 ProblemDetails naming the rule, with a Chinese message citing the regulation.</summary>
    public static void Refused(this (HttpStatusCode Status, JsonElement Json) result, string code)
    {
        result.Status.ShouldBe(HttpStatusCode.Conflict, result.Json.ToString());
        result.Json.GetProperty("code").GetString().ShouldBe(code);
        result.Json.GetProperty("detail").GetString()!.ShouldContain("条");
    }

    public static async Task<Guid> InitiateAsync(HttpClient clerk, string title)
    {
        var json = (await clerk.SendAsync(Base, new
        {
            title,
            category = 4,
            owner = "镇村镇建设服务中心",
            proposer = "镇人大代表联名建议",
            background = "原市场占道经营，存在安全隐患。",
            draftText = Draft,
            draftExplanation = "依据《重大行政决策程序暂行条例》起草。",
            options = new[] { new { name = "方案一", description = "整体迁建", recommended = true }, new { name = "方案二", description = "原址改造", recommended = false } },
        })).Ok(HttpStatusCode.Created);
        return json.GetProperty("id").GetGuid();
    }

    public static object Meeting(string date, bool headLast = true) => new
    {
        meetingName = "镇政府常务会议",
        heldOn = date,
        chair = "镇长",
        attendees = "镇政府班子成员",
        minutes = "会议审议通过。",
        outcome = 1,
        views = headLast
            ? new object[] { View("副镇长甲", false, 3), View("副镇长乙", false, 1), View("镇长", true, 1) }
            : [View("镇长", true, 1), View("副镇长甲", false, 1), View("副镇长乙", false, 1)],
    };

    private static object View(string member, bool head, int position) =>
        new { member, post = head ? "镇长" : "副镇长", isHead = head, position, view = position == 3 ? "新址较远，不同意。" : "同意。" };

    public static object Risk(bool withPlan) => new
    {
        assessor = "镇综治中心",
        points = new[]
        {
            new { category = "社会稳定", description = "经营户聚集上访", likelihood = 4, impact = 5, mitigation = "逐户协商" },
            new { category = "财政", description = "超出预算", likelihood = 2, impact = 3, mitigation = "分期建设" },
        },
        level = 3,
        mitigation = "分批搬迁",
        contingencyPlan = withPlan ? "成立应急处置小组，30分钟内到场疏导。" : null,
    };
}
