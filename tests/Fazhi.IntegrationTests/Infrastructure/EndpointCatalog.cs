using System.Globalization;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace Fazhi.IntegrationTests.Infrastructure;

/// <summary>One route the running app answers: a Razor page (any method) or an API endpoint with its methods.</summary>
public sealed record AppRoute(string Pattern, bool IsPage, IReadOnlyList<string> Methods, IReadOnlyList<string> AcceptedContentTypes, RoutePattern Route)
{
    /// <summary>The endpoint reads a JSON body.</summary>
    public bool AcceptsJson => Accepts("json");

    /// <summary>The endpoint reads a multipart form (a file upload).</summary>
    public bool AcceptsMultipart => Accepts("multipart/form-data");

    private bool Accepts(string contentType) =>
        AcceptedContentTypes.Any(c => c.Contains(contentType, StringComparison.OrdinalIgnoreCase));

    /// <summary>How the registry of <c>ForeignRecordTests</c> names it: <c>PAGE /admin/users/{id}</c>, <c>GET /api/…</c>.</summary>
    public IEnumerable<string> Keys => IsPage ? [$"PAGE {Pattern}"] : Methods.Select(m => $"{m} {Pattern}");

    /// <summary>The route names a record: a parameter called <c>id</c> or ending in <c>Id</c> (<c>caseId</c>, <c>documentId</c>).</summary>
    public bool HasRecordId => Route.Parameters.Any(p => IsRecordIdName(p.Name));

    public static bool IsRecordIdName(string name) =>
        name.Equals("id", StringComparison.OrdinalIgnoreCase) || name.EndsWith("Id", StringComparison.Ordinal);

    /// <summary>A concrete path for the route, with a fresh value of the right shape for every parameter.</summary>
    public string SamplePath(Func<string, string?>? valueFor = null)
    {
        var segments = new List<string>();
        foreach (var segment in Route.PathSegments)
        {
            var text = "";
            foreach (var part in segment.Parts)
            {
                text += part switch
                {
                    RoutePatternLiteralPart literal => literal.Content,
                    RoutePatternSeparatorPart separator => separator.Content,
                    RoutePatternParameterPart parameter => valueFor?.Invoke(parameter.Name) ?? SampleValue(parameter),
                    _ => "",
                };
            }

            segments.Add(text);
        }

        return "/" + string.Join('/', segments.Where(s => s.Length > 0));
    }

    private static string SampleValue(RoutePatternParameterPart parameter)
    {
        if (parameter.IsOptional)
        {
            return "";
        }

        var constraints = parameter.ParameterPolicies.Select(p => p.Content ?? "").ToList();
        if (constraints.Contains("int") || constraints.Contains("long"))
        {
            return "1";
        }

        if (constraints.Contains("guid") || IsRecordIdName(parameter.Name))
        {
            return Guid.NewGuid().ToString();
        }

        return constraints.Contains("datetime") ? "2026-11-23" : "sample";
    }

    public override string ToString() => IsPage ? $"PAGE {Pattern}" : $"{string.Join(',', Methods)} {Pattern}";
}

/// <summary>
/// Every route of the running app, read from its <see cref="EndpointDataSource"/>, so that tests over "all routes"
/// cover the routes other modules add without being edited.
/// </summary>
public static class EndpointCatalog
{
    public static IReadOnlyList<AppRoute> Routes(FazhiApp app)
    {
        ArgumentNullException.ThrowIfNull(app);
        _ = app.Server;
        var source = app.Services.GetRequiredService<EndpointDataSource>();
        var routes = new List<AppRoute>();
        foreach (var endpoint in source.Endpoints.OfType<RouteEndpoint>())
        {
            var pattern = "/" + (endpoint.RoutePattern.RawText ?? "").TrimStart('/');
            var isPage = endpoint.Metadata.GetMetadata<ActionDescriptor>() is { } action
                && action.GetType().Name.Contains("Page", StringComparison.Ordinal);
            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [];
            var accepts = endpoint.Metadata.GetOrderedMetadata<IAcceptsMetadata>().SelectMany(a => a.ContentTypes).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            routes.Add(new AppRoute(pattern, isPage, [.. methods.Select(m => m.ToUpperInvariant())], accepts, endpoint.RoutePattern));
        }

        return [.. routes.DistinctBy(r => r.ToString()).OrderBy(r => r.Pattern, StringComparer.Ordinal)];
    }

    public static bool IsUnder(string path, string prefix) =>
        path.Equals(prefix, StringComparison.OrdinalIgnoreCase) || path.StartsWith(prefix + "/", StringComparison.OrdinalIgnoreCase);

    public static string StatusText(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture) + " " + response.Headers.Location;
    }
}
