using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Fazhi.IntegrationTests.Infrastructure;

namespace Fazhi.IntegrationTests.Platform.ErrorHandling;

/// <summary>Errors reach API clients as RFC 9457 ProblemDetails with Chinese titles, and never as a 500 (ADR 0007).</summary>
public sealed class ProblemDetailsTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    private const string ProblemJson = "application/problem+json";

    [Fact]
    public async Task UnknownApiPath_Answers404ProblemWithChineseTitle()
    {
        var response = await app.Anonymous().GetAsync("/api/no-such-thing/123");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType?.MediaType.ShouldBe(ProblemJson);
        var problem = await ProblemAsync(response);
        problem.GetProperty("title").GetString().ShouldBe("记录不存在");
        problem.GetProperty("status").GetInt32().ShouldBe(404);
    }

    [Theory]
    [InlineData("{\"name\": \"新村\", ")]
    [InlineData("not json at all")]
    [InlineData("{\"name\": 5, \"divisionCode\": true}")]
    [InlineData("{\"name\": \"新村\", \"divisionCode\": \"990100101950\", \"isCommunity\": \"maybe\"}")]
    [InlineData("[1, 2, 3]")]
    public async Task PostVillage_WithMalformedJsonOrWrongTypes_Answers400Problem(string body)
    {
        var clerk = await app.ClientForAsync("xiaojiang.clerk");

        var response = await clerk.PostAsync("/api/workspace/villages", new StringContent(body, Encoding.UTF8, "application/json"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType?.MediaType.ShouldBe(ProblemJson);
        (await ProblemAsync(response)).GetProperty("title").GetString()!.ShouldMatch(@"\p{IsCJKUnifiedIdeographs}");
    }

    [Fact]
    public async Task PostVillage_WithMissingFields_Answers400WithChineseFieldErrors()
    {
        var clerk = await app.ClientForAsync("xiaojiang.clerk");

        var response = await clerk.PostAsJsonAsync("/api/workspace/villages", new { name = "", divisionCode = "12" });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType?.MediaType.ShouldBe(ProblemJson);
        var text = (await ProblemAsync(response)).GetProperty("errors").GetRawText();
        text.ShouldContain("请填写村（社区）名称。");
        text.ShouldContain("统计用区划代码为 12 位数字。");
    }

    [Fact]
    public async Task PostVillage_WithCodeOfAnotherTownship_Answers409WithRuleCode()
    {
        var clerk = await app.ClientForAsync("xiaojiang.clerk");

        var response = await clerk.PostAsJsonAsync("/api/workspace/villages", new { name = "越界村", divisionCode = "990100102777" });

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var problem = await ProblemAsync(response);
        problem.GetProperty("code").GetString().ShouldBe("organization.village.code-outside-township");
        problem.GetProperty("detail").GetString()!.ShouldContain("990100101");
    }

    [Fact]
    public async Task PostVillage_WhenValid_IsCreatedForOwnTownshipOnly()
    {
        var clerk = await app.ClientForAsync("xiaojiang.clerk");

        var response = await clerk.PostAsJsonAsync("/api/workspace/villages", new { name = "新河社区", divisionCode = "990100101960", isCommunity = true });

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var location = response.Headers.Location!.OriginalString;
        (await clerk.GetAsync(location)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await clerk.GetStringAsync("/api/workspace/villages")).ShouldContain("新河社区");
        var other = await app.ClientForAsync("taixia.clerk");
        (await other.GetAsync(location)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.GetStringAsync("/api/workspace/villages")).ShouldNotContain("新河社区");
        var again = await clerk.PostAsJsonAsync("/api/workspace/villages", new { name = "重复社区", divisionCode = "990100101960" });
        again.StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task EveryJsonApi_WithMalformedJson_Answers400NotServerError()
    {
        // Covers every JSON endpoint any module adds, signed in as a user allowed to call it (a step for leaders is
        // called by a leader), so that the malformed body is the only thing left to refuse.
        var routes = EndpointCatalog.Routes(app)
            .Where(r => !r.IsPage && r.AcceptsJson && r.Methods.Any(m => m is "POST" or "PUT" or "PATCH"))
            .ToList();
        routes.ShouldNotBeEmpty();

        var wrong = new List<string>();
        foreach (var route in routes)
        {
            foreach (var method in route.Methods.Where(m => m is "POST" or "PUT" or "PATCH"))
            {
                HttpResponseMessage? response = null;
                foreach (var user in UsersAllowedIn(route.Pattern))
                {
                    using var request = new HttpRequestMessage(new HttpMethod(method), route.SamplePath())
                    {
                        Content = new StringContent("{\"broken\": ", Encoding.UTF8, "application/json"),
                    };
                    response = await (await ClientAsync(user)).SendAsync(request);
                    if (response.StatusCode != HttpStatusCode.Forbidden)
                    {
                        break;
                    }
                }

                if (response!.StatusCode != HttpStatusCode.BadRequest || response.Content.Headers.ContentType?.MediaType != ProblemJson)
                {
                    wrong.Add($"{method} {route.Pattern}: {(int)response.StatusCode} {response.Content.Headers.ContentType}");
                }
            }
        }

        wrong.ShouldBeEmpty("格式错误的 JSON 应得到 400 ProblemDetails：");
    }

    /// <summary>The users of the route's area, most common role first: the first one not refused (403) is the caller.</summary>
    private static string?[] UsersAllowedIn(string pattern) =>
        EndpointCatalog.IsUnder(pattern, "/api/workspace") ? ["xiaojiang.clerk", "xiaojiang.leader", "xiaojiang.advisor", "xiaojiang.officer"]
        : EndpointCatalog.IsUnder(pattern, "/api/county") ? ["county.reviewer"]
        : EndpointCatalog.IsUnder(pattern, "/api/admin") ? ["admin"]
        : [null];

    private readonly Dictionary<string, HttpClient> _clients = new(StringComparer.Ordinal);

    private async Task<HttpClient> ClientAsync(string? user)
    {
        if (user is null)
        {
            return app.Anonymous();
        }

        if (!_clients.TryGetValue(user, out var client))
        {
            client = await app.ClientForAsync(user);
            _clients[user] = client;
        }

        return client;
    }

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
}
