using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Fazhi.IntegrationTests.Infrastructure;

namespace Fazhi.IntegrationTests.Modules.Portal;

/// <summary>
/// Reads the portal as a visitor: every page reachable by links from the portal home, then every anonymous GET API
/// route outside the workspace, county and administration (the /api/portal routes above all), with the township
/// codes, record ids and years those pages link to. Binary downloads are not read.
/// </summary>
internal static partial class PortalCrawler
{
    private static readonly Uri Site = new("http://portal.test");

    private static readonly string[] Closed = ["/workspace", "/county", "/admin", "/account", "/api/workspace", "/api/county", "/api/admin", "/css", "/js", "/lib", "/openapi"];

    public static async Task<IReadOnlyList<(string Path, string Body)>> CrawlAsync(FazhiApp app, int maxPages = 5000)
    {
        var visitor = app.Anonymous();
        var read = new List<(string, string)>();
        var seen = new HashSet<string>(StringComparer.Ordinal) { "/" };
        var queue = new Queue<string>(["/"]);
        while (queue.Count > 0 && read.Count < maxPages)
        {
            var path = queue.Dequeue();
            var body = await ReadTextAsync(visitor, path);
            if (body is null)
            {
                continue;
            }

            read.Add((path, body));
            var here = new Uri(Site, path);
            foreach (var href in new HtmlParser().ParseDocument(body).QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!))
            {
                // Relative links too (a pager's “?q=&p=2”): resolved against the page, kept only on this site.
                if (!Uri.TryCreate(here, WebUtility.HtmlDecode(href), out var target) || target.Host != Site.Host || target.Scheme != Site.Scheme)
                {
                    continue;
                }

                var link = target.PathAndQuery;
                if (!IsClosed(link) && seen.Add(link))
                {
                    queue.Enqueue(link);
                }
            }
        }

        // The public API, filled with what the pages link to: /t/{code}/…/{id} gives code–id pairs, /…/{year} the years.
        var links = seen.ToList();
        var codes = links.Select(l => TownshipLink().Match(l)).Where(m => m.Success).Select(m => m.Groups[1].Value).Distinct().ToList();
        var pairs = links.Select(l => (Code: TownshipLink().Match(l), Id: GuidPattern().Match(l)))
            .Where(p => p.Code.Success && p.Id.Success).Select(p => (p.Code.Groups[1].Value, p.Id.Value)).Distinct().ToList();
        var ids = pairs.Select(p => p.Item2).Distinct().ToList();
        var years = links.Select(l => YearSegment().Match(l)).Where(m => m.Success).Select(m => m.Groups[1].Value).Distinct().ToList();
        foreach (var route in EndpointCatalog.Routes(app).Where(r => !r.IsPage && r.Methods.Contains("GET") && r.Pattern.StartsWith("/api/", StringComparison.Ordinal) && !IsClosed(r.Pattern)))
        {
            var names = route.Route.Parameters.Select(p => p.Name).ToList();
            IEnumerable<Dictionary<string, string>> bindings = names switch
            {
                [] => [[]],
                ["code"] => codes.Select(c => new Dictionary<string, string> { ["code"] = c }),
                ["code", var id] when AppRoute.IsRecordIdName(id) => pairs.Select(p => new Dictionary<string, string> { ["code"] = p.Item1, [id] = p.Item2 }),
                [var id] when AppRoute.IsRecordIdName(id) => ids.Select(i => new Dictionary<string, string> { [id] = i }),
                ["code", "year"] => codes.SelectMany(c => years.Select(y => new Dictionary<string, string> { ["code"] = c, ["year"] = y })),
                _ => throw new InvalidOperationException($"The crawler does not know how to fill {route}; teach it (PortalCrawler)."),
            };
            foreach (var binding in bindings)
            {
                var path = route.SamplePath(name => binding.GetValueOrDefault(name));
                if (seen.Add(path) && await ReadTextAsync(visitor, path) is { } body)
                {
                    read.Add((path, body));
                }
            }
        }

        return read;
    }

    private static bool IsClosed(string path) => Closed.Any(prefix => EndpointCatalog.IsUnder(path.Split('?')[0], prefix));

    private static async Task<string?> ReadTextAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        var type = response.Content.Headers.ContentType?.MediaType ?? "";
        return response.StatusCode == HttpStatusCode.OK && (type.StartsWith("text/", StringComparison.Ordinal) || type.Contains("json", StringComparison.Ordinal))
            ? await response.Content.ReadAsStringAsync()
            : null;
    }

    [GeneratedRegex("^/t/([0-9]{12})(?:/|$|\\?)")]
    private static partial Regex TownshipLink();

    [GeneratedRegex("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")]
    private static partial Regex GuidPattern();

    [GeneratedRegex("/(20[0-9]{2})(?:/|$|\\?)")]
    private static partial Regex YearSegment();
}
