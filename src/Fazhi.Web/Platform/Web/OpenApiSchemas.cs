using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.OpenApi;

namespace Fazhi.Platform.Web;

/// <summary>
/// The OpenAPI document describes what the API really accepts (issue 13 item 6). Two request records of the same name in
/// different modules (the enforcement <c>DecisionRequest</c> and the consultation one) were merged into one schema, so
/// clients were told the wrong fields: a name used by more than one of Fazhi's types gets its module in front
/// (<c>EnforcementDecisionRequest</c>, <c>ConsultationDecisionRequest</c>). Enum schemas list their values, so a client
/// knows which numbers are valid (others are refused, <see cref="ErrorHandling.StrictInputFilter"/>).
/// </summary>
internal static class OpenApiSchemas
{
    private static readonly Lazy<HashSet<string>> SharedNames = new(() =>
        [.. typeof(OpenApiSchemas).Assembly.GetTypes()
            .Where(t => !t.IsNested || t.IsNestedPublic || t.IsNestedAssembly)
            .GroupBy(t => t.Name, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .Select(g => g.Key)]);

    public static void Configure(OpenApiOptions options)
    {
        options.CreateSchemaReferenceId = ReferenceId;
        options.AddSchemaTransformer((schema, context, _) =>
        {
            var type = Nullable.GetUnderlyingType(context.JsonTypeInfo.Type) ?? context.JsonTypeInfo.Type;
            if (type.IsEnum && schema.Enum is not { Count: > 0 } && type.GetCustomAttributes(typeof(FlagsAttribute), false).Length == 0)
            {
                schema.Enum = [.. Enum.GetValues(type).Cast<object>().Select(v => (JsonNode)JsonValue.Create(Convert.ToInt64(v, CultureInfo.InvariantCulture)))];
            }

            // A positional record's validation attributes sit on its constructor parameters, where MVC model binding
            // wants them (it refuses validation metadata on a positional record's property). The API validates
            // them all the same, so the document must state the pattern too, or a client following it is refused.
            if (schema.Pattern is null
                && context.JsonPropertyInfo?.AssociatedParameter?.AttributeProvider is { } parameter
                && parameter.GetCustomAttributes(typeof(RegularExpressionAttribute), inherit: true) is [RegularExpressionAttribute regex, ..])
            {
                schema.Pattern = regex.Pattern;
            }

            return Task.CompletedTask;
        });
    }

    internal static string? ReferenceId(JsonTypeInfo type)
    {
        ArgumentNullException.ThrowIfNull(type);
        var id = OpenApiOptions.CreateDefaultSchemaReferenceId(type);
        var clr = type.Type;
        return id is not null && clr.Assembly == typeof(OpenApiSchemas).Assembly && !clr.IsGenericType && SharedNames.Value.Contains(clr.Name)
            ? ModuleOf(clr) + id
            : id;
    }

    /// <summary><c>Fazhi.Modules.Enforcement.Cases</c> → Enforcement; <c>Fazhi.Platform.Deadlines</c> → Deadlines.</summary>
    private static string ModuleOf(Type type)
    {
        var parts = (type.Namespace ?? "").Split('.');
        return parts.Length >= 3 ? parts[2] : "Fazhi";
    }
}
