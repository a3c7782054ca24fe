using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Fazhi.Platform.ErrorHandling;

/// <summary>
/// What was wrong with a request the framework could not even bind (issue 13 item 6), in Chinese and naming the field:
/// malformed JSON with its line and position, a value of the wrong type, an unknown field, a route or query value that
/// is no number or date, a body of the wrong media type or too large. Minimal APIs throw these as
/// <see cref="BadHttpRequestException"/> (<c>ThrowOnBadRequest</c>) so they reach the one exception handler.
/// </summary>
internal static partial class BadRequests
{
    public sealed record Problem(int Status, string Title, string Detail, IReadOnlyDictionary<string, string[]>? Errors);

    public const string TooLargeTitle = "提交的内容过大";

    public const string UnsupportedMediaTypeTitle = "不支持的内容类型";

    /// <param name="exception">What the binder threw.</param>
    /// <param name="requestType">The endpoint's body type, to name what a field should hold.</param>
    public static Problem Describe(BadHttpRequestException exception, Type? requestType = null)
    {
        ArgumentNullException.ThrowIfNull(exception);
        if (exception.StatusCode == StatusCodes.Status413PayloadTooLarge || exception.InnerException is InvalidDataException { Message: var m } && m.Contains("limit", StringComparison.OrdinalIgnoreCase))
        {
            return new(StatusCodes.Status413PayloadTooLarge, TooLargeTitle, "提交的内容超过了允许的大小，请减少内容或分次提交。", null);
        }

        if (exception.StatusCode == StatusCodes.Status415UnsupportedMediaType)
        {
            return new(StatusCodes.Status415UnsupportedMediaType, UnsupportedMediaTypeTitle, "请以 application/json 格式提交（Content-Type: application/json）。", null);
        }

        if (exception.InnerException is JsonException json)
        {
            return Json(json, requestType);
        }

        var message = exception.Message;
        if (message.Contains("anti-forgery", StringComparison.OrdinalIgnoreCase) || message.Contains("antiforgery", StringComparison.OrdinalIgnoreCase))
        {
            return new(StatusCodes.Status400BadRequest, "表单已过期", "表单校验令牌缺失或已过期（防止跨站伪造请求），请刷新页面后重新提交。", null);
        }

        if (BindFailure().Match(message) is { Success: true } bind)
        {
            var field = bind.Groups["name"].Value;
            return Field(field, $"“{field}”的值“{bind.Groups["value"].Value}”格式不正确，应为{TypeLabel(bind.Groups["type"].Value)}。");
        }

        if (MissingValue().Match(message) is { Success: true } missing)
        {
            var field = missing.Groups["name"].Value;
            return Field(field, $"缺少必填参数“{field}”。");
        }

        if (message.Contains("no body was provided", StringComparison.OrdinalIgnoreCase) || message.Contains("body was empty", StringComparison.OrdinalIgnoreCase))
        {
            return new(StatusCodes.Status400BadRequest, "提交的内容有误", "缺少请求内容：请以 JSON 提交。", null);
        }

        return new(exception.StatusCode, "请求格式不正确", "请求格式不正确，请检查提交的内容。", null);
    }

    private static Problem Json(JsonException json, Type? requestType)
    {
        var field = FieldOf(json.Path);
        var where = json.LineNumber is { } line
            ? string.Create(CultureInfo.InvariantCulture, $"第 {line + 1} 行第 {(json.BytePositionInLine ?? 0) + 1} 个字节处")
            : "";
        var unknown = UnknownMember().Match(json.Message);
        string detail;
        if (unknown.Success)
        {
            var member = unknown.Groups["member"].Value;
            field = FieldOf(json.Path?.EndsWith(member, StringComparison.Ordinal) == true ? json.Path : CombinePath(json.Path, member));
            detail = $"不认识的字段“{field}”：该接口没有这个字段，请按接口文档（/openapi/v1.json）提交。";
        }
        else if (json.Message.Contains("could not be converted", StringComparison.Ordinal))
        {
            var expected = TypeAt(requestType, json.Path) is { } type ? "应为" + TypeLabel(type.FullName ?? type.Name) : ExpectedOf(json.Message);
            detail = $"“{field}”的值类型不正确（{where}）：{expected}。";
        }
        else if (json.Message.Contains("missing required properties", StringComparison.OrdinalIgnoreCase))
        {
            var names = MissingMembers().Match(json.Message) is { Success: true } m ? m.Groups["names"].Value : "";
            detail = $"缺少必填字段：{names}。";
            field = names.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()?.Trim('\'', '"') ?? field;
        }
        else
        {
            detail = $"JSON 格式错误（{where}{(field == Body ? "" : $"，字段“{field}”")}）：请检查括号、引号和逗号。";
        }

        return Field(field, detail);
    }

    /// <summary>The field as the client wrote it: <c>$.options[0].position</c> → <c>options[0].position</c>.</summary>
    private static string FieldOf(string? path) =>
        string.IsNullOrEmpty(path) || path == "$" ? Body : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');

    private static string CombinePath(string? path, string member) =>
        string.IsNullOrEmpty(path) || path == "$" ? member : $"{path}.{member}";

    private const string Body = "请求体";

    private static Problem Field(string field, string message) =>
        new(StatusCodes.Status400BadRequest, "提交的内容有误", message, new Dictionary<string, string[]>(StringComparer.Ordinal) { [field] = [message] });

    /// <summary>The CLR type of the value at a JSON path (<c>$.options[0].likelihood</c>) of the request body type.</summary>
    private static Type? TypeAt(Type? type, string? path)
    {
        if (type is null || string.IsNullOrEmpty(path) || path == "$")
        {
            return null;
        }

        foreach (var segment in path.TrimStart('$').Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            var bracket = segment.IndexOf('[', StringComparison.Ordinal);
            var name = bracket < 0 ? segment : segment[..bracket];
            var property = type!.GetProperties().FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));
            if (property is null)
            {
                return null;
            }

            type = property.PropertyType;
            if (bracket >= 0)
            {
                type = type.IsArray ? type.GetElementType() : type.GetGenericArguments().FirstOrDefault();
            }
        }

        return type is null ? null : Nullable.GetUnderlyingType(type) ?? type;
    }

    private static string ExpectedOf(string message)
    {
        var type = ConvertTarget().Match(message) is { Success: true } m ? m.Groups["type"].Value : "";
        return "应为" + TypeLabel(type);
    }

    private static string TypeLabel(string type)
    {
        var name = type.Replace("System.", "", StringComparison.Ordinal).Replace("Nullable`1[", "", StringComparison.Ordinal).TrimEnd(']');
        var last = name.Contains('.', StringComparison.Ordinal) ? name[(name.LastIndexOf('.') + 1)..] : name;
        return last switch
        {
            "Int32" or "Int64" or "int" or "long" or "Int16" or "short" => "整数",
            "Decimal" or "Double" or "Single" or "decimal" or "double" => "数字",
            "Boolean" or "bool" => "true 或 false",
            "DateOnly" => "日期（yyyy-MM-dd）",
            "DateTime" or "DateTimeOffset" => "日期时间（ISO 8601）",
            "Guid" => "记录编号（GUID）",
            "String" or "string" => "文字",
            _ when last.EndsWith("[]", StringComparison.Ordinal) || last.Contains("List`1", StringComparison.Ordinal) || last.Contains("Collection`1", StringComparison.Ordinal) => "数组",
            _ => "正确的类型（编号取值见接口文档）",
        };
    }

    [GeneratedRegex("""Failed to bind parameter "(?<type>[^"\s]+) (?<name>[^"\s]+)" from "(?<value>[^"]*)""")]
    private static partial Regex BindFailure();

    [GeneratedRegex("""Required parameter "(?<type>[^"\s]+) (?<name>[^"\s]+)" was not provided""")]
    private static partial Regex MissingValue();

    [GeneratedRegex("""could not be converted to (?<type>[^.\s]+(?:\.[^.\s]+)*)\.""")]
    private static partial Regex ConvertTarget();

    [GeneratedRegex("""The JSON property '(?<member>[^']+)' could not be mapped""")]
    private static partial Regex UnknownMember();

    [GeneratedRegex("""missing required properties,? including the following: (?<names>.*)$""", RegexOptions.IgnoreCase)]
    private static partial Regex MissingMembers();
}
