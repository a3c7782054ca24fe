using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Fazhi.IntegrationTests.Infrastructure;

/// <summary>One operation of the OpenAPI document: its path template, method, JSON body schema and parameters.</summary>
public sealed record ApiOperation(string Path, string Method, JsonElement? BodySchema, IReadOnlyList<ApiParameter> Parameters)
{
    public override string ToString() => $"{Method} {Path}";
}

public sealed record ApiParameter(string Name, string In, JsonElement Schema);

/// <summary>A leaf of a generated body that holds an enum or a date, by its JSON path (<c>options[0].position</c>).</summary>
public sealed record SampleLeaf(string Path, bool IsEnum, IReadOnlyList<long> EnumValues, bool IsDate);

/// <summary>
/// Reads the app's own OpenAPI document and builds, for every operation, a body that satisfies the schema it documents:
/// required and optional fields, types, enum values, formats, lengths, ranges and the simple patterns Fazhi uses. An
/// API that answers such a body with 400 documents something other than what it accepts.
/// </summary>
public sealed class OpenApiSamples
{
    private readonly JsonElement _schemas;

    public OpenApiSamples(JsonDocument document, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(document);
        Document = document;
        Today = today;
        _schemas = document.RootElement.GetProperty("components").GetProperty("schemas");
    }

    public JsonDocument Document { get; }

    public DateOnly Today { get; }

    public IEnumerable<ApiOperation> Operations()
    {
        foreach (var path in Document.RootElement.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject())
            {
                JsonElement? body = operation.Value.TryGetProperty("requestBody", out var requestBody)
                                    && requestBody.GetProperty("content").TryGetProperty("application/json", out var json)
                    ? json.GetProperty("schema")
                    : null;
                var parameters = operation.Value.TryGetProperty("parameters", out var p)
                    ? p.EnumerateArray().Select(x => new ApiParameter(x.GetProperty("name").GetString()!, x.GetProperty("in").GetString()!, x.TryGetProperty("schema", out var s) ? s : default)).ToList()
                    : [];
                yield return new ApiOperation(path.Name, operation.Name.ToUpperInvariant(), body, parameters);
            }
        }
    }

    /// <summary>The named component schema, e.g. <c>DraftRequest</c>.</summary>
    public JsonElement? Schema(string name) => _schemas.TryGetProperty(name, out var schema) ? schema : null;

    /// <summary>A concrete path: ids are fresh GUIDs, years this year, township codes 小江镇's.</summary>
    public string PathFor(ApiOperation operation, Func<string, string?>? valueFor = null)
    {
        ArgumentNullException.ThrowIfNull(operation);
        var path = operation.Path;
        foreach (var parameter in operation.Parameters.Where(p => p.In == "path"))
        {
            var value = valueFor?.Invoke(parameter.Name) ?? parameter.Name switch
            {
                "code" => "990100101000",
                "year" => Today.Year.ToString(CultureInfo.InvariantCulture),
                "number" => "1",
                "documentName" => "v1",
                _ => Guid.NewGuid().ToString(),
            };
            path = path.Replace("{" + parameter.Name + "}", value, StringComparison.Ordinal);
        }

        return path;
    }

    /// <summary>A body the schema accepts, and the enum and date leaves in it.</summary>
    public (JsonNode? Body, List<SampleLeaf> Leaves) Body(JsonElement schema)
    {
        var leaves = new List<SampleLeaf>();
        return (Generate(schema, "", leaves, depth: 0), leaves);
    }

    private JsonNode? Generate(JsonElement schema, string path, List<SampleLeaf> leaves, int depth)
    {
        if (depth > 8)
        {
            return null;
        }

        schema = Resolve(schema);
        foreach (var combinator in new[] { "oneOf", "anyOf", "allOf" })
        {
            if (schema.TryGetProperty(combinator, out var options))
            {
                var chosen = options.EnumerateArray().Select(Resolve).FirstOrDefault(o => !IsNullOnly(o));
                return chosen.ValueKind == JsonValueKind.Undefined ? null : Generate(chosen, path, leaves, depth + 1);
            }
        }

        if (schema.TryGetProperty("enum", out var values))
        {
            var numbers = values.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.Number).Select(v => v.GetInt64()).ToList();
            leaves.Add(new SampleLeaf(path, IsEnum: true, numbers, IsDate: false));
            var first = values.EnumerateArray().First();
            return JsonNode.Parse(first.GetRawText());
        }

        var type = TypeOf(schema);
        switch (type)
        {
            case "object":
                var body = new JsonObject();
                if (schema.TryGetProperty("properties", out var properties))
                {
                    foreach (var property in properties.EnumerateObject())
                    {
                        body[property.Name] = Generate(property.Value, path.Length == 0 ? property.Name : $"{path}.{property.Name}", leaves, depth + 1);
                    }
                }

                return body;
            case "array":
                var item = schema.TryGetProperty("items", out var items) ? Generate(items, $"{path}[0]", leaves, depth + 1) : null;
                return new JsonArray(item);
            case "integer" or "number":
                var minimum = schema.TryGetProperty("minimum", out var min) ? min.GetDecimal() : 1m;
                var maximum = schema.TryGetProperty("maximum", out var max) ? max.GetDecimal() : decimal.MaxValue;
                var number = Math.Min(Math.Max(minimum, 1m), maximum);
                if (string.Equals(path.Split('.').Last(), "year", StringComparison.OrdinalIgnoreCase))
                {
                    number = Today.Year;
                }

                return type == "integer" ? JsonValue.Create((long)number) : JsonValue.Create(number);
            case "boolean":
                return JsonValue.Create(false);
            case "string":
                return JsonValue.Create(Text(schema, path, leaves));
            default:
                return null;
        }
    }

    private string Text(JsonElement schema, string path, List<SampleLeaf> leaves)
    {
        var format = schema.TryGetProperty("format", out var f) ? f.GetString() : null;
        switch (format)
        {
            case "date":
                leaves.Add(new SampleLeaf(path, IsEnum: false, [], IsDate: true));
                return Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            case "date-time":
                leaves.Add(new SampleLeaf(path, IsEnum: false, [], IsDate: true));
                return Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T09:00:00+08:00";
            case "uuid":
                return Guid.NewGuid().ToString();
        }

        if (schema.TryGetProperty("pattern", out var pattern))
        {
            return FromPattern(pattern.GetString()!);
        }

        var minLength = schema.TryGetProperty("minLength", out var minL) ? minL.GetInt32() : 1;
        var maxLength = schema.TryGetProperty("maxLength", out var maxL) ? maxL.GetInt32() : 200;
        var text = "依法行政示例内容";
        while (text.Length < minLength)
        {
            text += "依法行政示例内容";
        }

        return text[..Math.Min(text.Length, Math.Max(maxLength, 1))];
    }

    /// <summary>A string matching the simple patterns request records use: anchors, classes, \d, \s*, {n}, {n,m}.</summary>
    public static string FromPattern(string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        var result = new StringBuilder();
        var i = 0;
        while (i < pattern.Length)
        {
            char? atom = null;
            var c = pattern[i];
            if (c is '^' or '$')
            {
                i++;
                continue;
            }

            if (c == '[')
            {
                var end = pattern.IndexOf(']', i + 1);
                atom = FirstOfClass(pattern[(i + 1)..end]);
                i = end + 1;
            }
            else if (c == '\\')
            {
                var escaped = pattern[i + 1];
                atom = escaped switch { 'd' => '0', 's' => null, 'w' => 'a', _ => escaped };
                i += 2;
            }
            else
            {
                atom = c;
                i++;
            }

            var count = 1;
            if (i < pattern.Length && pattern[i] == '{')
            {
                var close = pattern.IndexOf('}', i);
                var bounds = pattern[(i + 1)..close].Split(',');
                count = int.Parse(bounds[0], CultureInfo.InvariantCulture);
                i = close + 1;
            }
            else if (i < pattern.Length && pattern[i] is '*' or '?')
            {
                count = 0;
                i++;
            }
            else if (i < pattern.Length && pattern[i] == '+')
            {
                i++;
            }

            if (atom is { } a)
            {
                result.Append(a, count);
            }
        }

        return result.ToString();
    }

    private static char FirstOfClass(string members)
    {
        if (members.StartsWith("\\d", StringComparison.Ordinal))
        {
            return '0';
        }

        return members[0] == '\\' ? members[1] : members[0];
    }

    private JsonElement Resolve(JsonElement schema)
    {
        while (schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("$ref", out var reference))
        {
            schema = _schemas.GetProperty(reference.GetString()!.Split('/').Last());
        }

        return schema;
    }

    private static bool IsNullOnly(JsonElement schema) => TypeOf(schema) == "null";

    /// <summary>The schema's type, preferring a number over a string when both are allowed (<c>["null","number","string"]</c>).</summary>
    private static string? TypeOf(JsonElement schema)
    {
        if (!schema.TryGetProperty("type", out var type))
        {
            return schema.TryGetProperty("properties", out _) ? "object" : null;
        }

        if (type.ValueKind == JsonValueKind.String)
        {
            return type.GetString();
        }

        var types = type.EnumerateArray().Select(t => t.GetString()).Where(t => t != "null").ToList();
        return types.FirstOrDefault(t => t is "integer" or "number") ?? types.FirstOrDefault();
    }
}
