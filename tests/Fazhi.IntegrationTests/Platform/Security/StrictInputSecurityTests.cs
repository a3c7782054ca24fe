using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using AngleSharp.Html.Parser;
using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.Platform.Time;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Fazhi.IntegrationTests.Platform.Security;

/// <summary>
/// Issue 13 item 6: the API accepts what its OpenAPI document says and refuses the rest with a Chinese ProblemDetails
/// naming the field — enums outside their members, dates out of range, malformed JSON, unknown fields, wrong media
/// types — and never answers 500; pages refused for a bad form show a Chinese error page, not a blank one.
/// </summary>
public sealed class StrictInputSecurityTests(FazhiApp app, ITestOutputHelper output) : IClassFixture<FazhiApp>
{
    private const string ProblemJson = "application/problem+json";

    private static readonly string[] BadDates = ["9999-12-31", "0001-01-01"];

    private static readonly long[] BadEnumValues = [-1, 0, 999];

    [Fact]
    public async Task EveryJsonRoute_PostedTheSampleItsSchemaDocuments_IsNeverRefusedAsBadInput()
    {
        var samples = await SamplesAsync();
        var callers = new ApiCallers(app);
        var operations = samples.Operations().Where(o => o.BodySchema is not null).ToList();
        operations.Count.ShouldBeGreaterThan(50);

        var refused = new List<string>();
        var answered = new Dictionary<int, int>();
        foreach (var operation in operations)
        {
            var (body, _) = samples.Body(operation.BodySchema!.Value);
            var path = samples.PathFor(operation);
            var response = await callers.SendAsync(path, () => Json(operation.Method, path, body));
            answered[(int)response.StatusCode] = answered.GetValueOrDefault((int)response.StatusCode) + 1;
            if (response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.InternalServerError or HttpStatusCode.UnsupportedMediaType)
            {
                refused.Add($"{operation}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}\n    样例：{body?.ToJsonString()}");
            }
        }

        output.WriteLine($"按 OpenAPI 样例提交 {operations.Count} 个接口：" + string.Join("，", answered.OrderBy(a => a.Key).Select(a => $"{a.Key} × {a.Value}")));
        refused.ShouldBeEmpty("按接口文档生成的请求不应被当作格式错误拒绝：\n" + string.Join("\n", refused));
    }

    [Fact]
    public async Task EveryRoute_WithEnumsOutsideTheirMembersAndDatesOutOfRange_Answers400NamingTheField_NeverA500()
    {
        var samples = await SamplesAsync();
        var callers = new ApiCallers(app);
        var wrong = new List<string>();
        var tried = new List<string>();
        foreach (var operation in samples.Operations())
        {
            foreach (var (field, value, body, path) in BadVariants(samples, operation))
            {
                var response = await callers.SendAsync(path, () => body is null ? new HttpRequestMessage(new HttpMethod(operation.Method), path) : Json(operation.Method, path, body));
                tried.Add($"{operation} {field}={value}");
                var text = await response.Content.ReadAsStringAsync();
                if (response.StatusCode != HttpStatusCode.BadRequest || response.Content.Headers.ContentType?.MediaType != ProblemJson || !NamesField(text, field))
                {
                    wrong.Add($"{operation} {field}={value}: {(int)response.StatusCode} {text}");
                }
            }
        }

        output.WriteLine($"越界取值请求 {tried.Count} 个，其中不合要求 {wrong.Count} 个。");
        tried.ShouldContain(t => t.Contains("/legality-review-request requestedOn=9999-12-31", StringComparison.Ordinal));
        tried.Count.ShouldBeGreaterThan(100);
        wrong.ShouldBeEmpty("越界的枚举值和日期应得到指明字段的 400 ProblemDetails：\n" + string.Join("\n", wrong));
    }

    [Fact]
    public async Task LegalityReviewRequest_DatedTheYear9999_IsRefusedNamingRequestedOn_NotA500()
    {
        var leader = await app.ClientForAsync("xiaojiang.leader");

        var response = await leader.SendAsync(Json("POST", $"/api/workspace/decisions/{Guid.NewGuid()}/legality-review-request", JsonNode.Parse("""{"requestedOn":"9999-12-31","replyBy":"2026-12-01"}""")));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        problem.GetProperty("errors").GetProperty("requestedOn")[0].GetString().ShouldBe("“requestedOn”的日期须在 1990-01-01 至 2099-12-31 之间。");
    }

    [Theory]
    [InlineData("""{"title": 5, "body": "正文"}""", "title", "类型不正确")]
    [InlineData("""{"title": "关于加强集镇管理的通知", "body": "正文", }""", "请求体", "JSON 格式错误（第 1 行")]
    [InlineData("""{"title": "关于加强集镇管理的通知", "body": "正文", "touches": 16}""", "touches", "不认识的字段“touches”")]
    [InlineData("""{"title": "关于加强集镇管理的通知", "body": "正文", "licensing": "yes"}""", "licensing", "true 或 false")]
    public async Task MalformedJson_IsAnsweredInChinese_NamingTheFieldAndPosition(string json, string field, string detail)
    {
        var clerk = await app.ClientForAsync("xiaojiang.clerk");

        var response = await clerk.PostAsync("/api/workspace/documents", new StringContent(json, Encoding.UTF8, "application/json"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType?.MediaType.ShouldBe(ProblemJson);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        problem.GetProperty("title").GetString().ShouldBe("提交的内容有误");
        problem.GetProperty("detail").GetString()!.ShouldContain(detail);
        problem.GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue(problem.ToString());
    }

    [Fact]
    public async Task WrongMediaType_IsAnswered415_WithAChineseTitle()
    {
        var clerk = await app.ClientForAsync("xiaojiang.clerk");

        var response = await clerk.PostAsync("/api/workspace/documents", new StringContent("""{"title":"x","body":"y"}""", Encoding.UTF8, "text/plain"));

        response.StatusCode.ShouldBe(HttpStatusCode.UnsupportedMediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        problem.GetProperty("title").GetString().ShouldBe("不支持的内容类型");
        problem.GetProperty("detail").GetString()!.ShouldContain("application/json");
    }

    [Fact]
    public async Task PageForm_PostedWithoutItsToken_ShowsAChineseErrorPage_NotABlankOne()
    {
        var clerk = await app.ClientForAsync("xiaojiang.clerk");

        var response = await clerk.PostAsync("/workspace/documents/new", new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.Title"] = "标题" }));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        page.QuerySelector("h1")?.TextContent.ShouldBe("表单已过期或无效");
        page.Body!.TextContent.ShouldContain("刷新后重新填写提交");
    }

    [Fact]
    public async Task PageForm_WithADateOutOfRange_ShowsTheRangeBesideTheForm_AndTakesNoStep()
    {
        var leader = await app.ClientForAsync("touying.leader");
        var decision = await app.WithDbAsync(db => db.Set<Fazhi.Modules.Decisions.Model.MajorDecision>()
            .Where(d => db.Set<Fazhi.Modules.Organization.Township>().Any(t => t.Id == d.TownshipId && t.DivisionCode == "990100103000"))
            .Select(d => new { d.Id, d.Stage }).FirstAsync());
        var page = $"/workspace/decisions/{decision.Id}/legality-review/submission";

        var response = await leader.PostAsync(page, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["ReplyBy"] = "9999-12-31",
            ["__RequestVerificationToken"] = await FazhiApp.AntiforgeryTokenAsync(leader, page),
        }));

        // The step's page shows its form again with the message beside the field (400: the form was not valid).
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain("的日期须在 1990-01-01 至 2099-12-31 之间。");
        (await app.WithDbAsync(db => db.Set<Fazhi.Modules.Decisions.Model.MajorDecision>().Where(d => d.Id == decision.Id).Select(d => d.Stage).SingleAsync()))
            .ShouldBe(decision.Stage);
    }

    [Fact]
    public async Task OpenApi_EveryRequestSchema_DocumentsExactlyTheFieldsItsEndpointReads()
    {
        var samples = await SamplesAsync();
        var json = new JsonSerializerOptions(JsonSerializerDefaults.Web) { TypeInfoResolver = new DefaultJsonTypeInfoResolver() };
        var documented = samples.Operations().Where(o => o.BodySchema is not null)
            .ToDictionary(o => $"{o.Method} {o.Path}", o => o.BodySchema!.Value, StringComparer.Ordinal);
        var wrong = new List<string>();
        var checkedCount = 0;
        foreach (var endpoint in app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var bodyType = endpoint.Metadata.GetOrderedMetadata<IAcceptsMetadata>().Select(a => a.RequestType).FirstOrDefault(t => t is not null);
            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [];
            if (bodyType is null || !endpoint.Metadata.GetOrderedMetadata<IAcceptsMetadata>().Any(a => a.ContentTypes.Any(c => c.Contains("json", StringComparison.Ordinal))))
            {
                continue;
            }

            foreach (var method in methods)
            {
                var key = $"{method} {OpenApiPath(endpoint.RoutePattern.RawText!)}";
                if (!documented.TryGetValue(key, out var schema))
                {
                    wrong.Add($"{key}：接口文档中没有请求体");
                    continue;
                }

                checkedCount++;
                var reads = json.GetTypeInfo(bodyType).Properties.Where(p => p.Set is not null || p.AssociatedParameter is not null).Select(p => p.Name).Order(StringComparer.Ordinal).ToList();
                var says = PropertiesOf(samples, schema).Order(StringComparer.Ordinal).ToList();
                if (!reads.SequenceEqual(says))
                {
                    wrong.Add($"{key}（{bodyType.Name}）：文档列出 [{string.Join(", ", says)}]，接口读取 [{string.Join(", ", reads)}]");
                }
            }
        }

        checkedCount.ShouldBeGreaterThan(50);
        wrong.ShouldBeEmpty(string.Join("\n", wrong));
        // The penalty decision and the consultation's decision on a comment are two schemas, each with its own fields.
        samples.Schema("DecidePenaltyRequest").ShouldNotBeNull();
        samples.Schema("DecisionRequest").ShouldNotBeNull();
    }

    private async Task<OpenApiSamples> SamplesAsync()
    {
        var document = JsonDocument.Parse(await app.Anonymous().GetStringAsync("/openapi/v1.json"));
        return new OpenApiSamples(document, ChinaTime.Today(app.Clock));
    }

    /// <summary>Every way to put an out-of-range value into the operation: body leaves, query and route values.</summary>
    private static IEnumerable<(string Field, string Value, JsonNode? Body, string Path)> BadVariants(OpenApiSamples samples, ApiOperation operation)
    {
        JsonNode? sample = null;
        List<SampleLeaf> leaves = [];
        if (operation.BodySchema is { } schema)
        {
            (sample, leaves) = samples.Body(schema);
        }

        var path = samples.PathFor(operation);
        foreach (var leaf in leaves)
        {
            var values = leaf.IsEnum
                ? BadEnumValues.Where(v => !leaf.EnumValues.Contains(v)).Select(v => (JsonNode)JsonValue.Create(v))
                : BadDates.Select(d => (JsonNode)JsonValue.Create(d));
            foreach (var value in values)
            {
                var body = sample!.DeepClone();
                SetAt(body, leaf.Path, value);
                yield return (leaf.Path, value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : value.ToJsonString(), body, path);
            }
        }

        foreach (var parameter in operation.Parameters.Where(p => p.In is "query" or "path"))
        {
            var kind = ParameterKind(samples, parameter);
            var values = kind switch
            {
                "enum" => ["999", "-1"],
                "date" => BadDates,
                "year" => ["99999", "0"],
                _ => Array.Empty<string>(),
            };
            foreach (var value in values)
            {
                var target = parameter.In == "path"
                    ? samples.PathFor(operation, name => name == parameter.Name ? value : null)
                    : $"{path}{(path.Contains('?', StringComparison.Ordinal) ? '&' : '?')}{parameter.Name}={value}";
                yield return (parameter.Name, value, operation.BodySchema is null ? null : sample, target);
            }
        }
    }

    private static string ParameterKind(OpenApiSamples samples, ApiParameter parameter)
    {
        var schema = parameter.Schema;
        if (schema.ValueKind != JsonValueKind.Object)
        {
            return "";
        }

        if (schema.TryGetProperty("$ref", out var reference) && samples.Schema(reference.GetString()!.Split('/').Last()) is { } target && target.TryGetProperty("enum", out _))
        {
            return "enum";
        }

        if (schema.TryGetProperty("format", out var format) && format.GetString() is "date" or "date-time")
        {
            return "date";
        }

        return string.Equals(parameter.Name, "year", StringComparison.OrdinalIgnoreCase) ? "year" : "";
    }

    private static void SetAt(JsonNode root, string path, JsonNode value)
    {
        var parts = path.Split('.');
        var node = root;
        for (var i = 0; i < parts.Length; i++)
        {
            var part = parts[i];
            var index = part.IndexOf('[', StringComparison.Ordinal);
            var name = index < 0 ? part : part[..index];
            var last = i == parts.Length - 1;
            if (index < 0)
            {
                if (last)
                {
                    node[name] = value;
                    return;
                }

                node = node[name]!;
                continue;
            }

            var array = node[name]!.AsArray();
            var position = int.Parse(part[(index + 1)..^1], System.Globalization.CultureInfo.InvariantCulture);
            if (last)
            {
                array[position] = value;
                return;
            }

            node = array[position]!;
        }
    }

    /// <summary>The 400 names the field: as a key of <c>errors</c> (any casing) or in the detail.</summary>
    private static bool NamesField(string problemJson, string field)
    {
        try
        {
            var problem = JsonDocument.Parse(problemJson).RootElement;
            var inErrors = problem.TryGetProperty("errors", out var errors) && errors.EnumerateObject().Any(e => string.Equals(e.Name, field, StringComparison.OrdinalIgnoreCase));
            var inDetail = problem.TryGetProperty("detail", out var detail) && detail.GetString()?.Contains(field, StringComparison.OrdinalIgnoreCase) == true;
            return inErrors || inDetail;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static IEnumerable<string> PropertiesOf(OpenApiSamples samples, JsonElement schema)
    {
        if (schema.TryGetProperty("$ref", out var reference))
        {
            schema = samples.Schema(reference.GetString()!.Split('/').Last())!.Value;
        }

        return schema.TryGetProperty("properties", out var properties) ? properties.EnumerateObject().Select(p => p.Name) : [];
    }

    /// <summary><c>/api/x/{id:guid}/</c> as OpenAPI writes it: <c>/api/x/{id}</c>.</summary>
    private static string OpenApiPath(string pattern)
    {
        var path = "/" + System.Text.RegularExpressions.Regex.Replace(pattern.Trim('/'), @"\{([^}:?=]+)[^}]*\}", "{$1}");
        return path;
    }

    private static HttpRequestMessage Json(string method, string path, JsonNode? body) =>
        new(new HttpMethod(method), path) { Content = new StringContent(body?.ToJsonString() ?? "null", Encoding.UTF8, "application/json") };
}
