using System.Net;
using System.Text;
using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Fazhi.IntegrationTests.Platform.Procedures;

/// <summary>
/// Who may take a step is one named rule (ADR 0010). This matrix finds every state-changing API route and every POST
/// handler of every page in the running app, calls each as every role of its area, and fails where a role outside the
/// step's rule gets through, where a role inside it is refused, or where a route or page handler names no rule at all.
/// A page and the API offering the same step name the same rule, so they cannot answer differently.
/// </summary>
public sealed class PermissionMatrixTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    /// <summary>The people of each protected area: every role that passes the area's policy.</summary>
    private static readonly (string UserName, string Role, string Area)[] People =
    [
        ("xiaojiang.clerk", Roles.LegalClerk, "/workspace"),
        ("xiaojiang.officer", Roles.EnforcementOfficer, "/workspace"),
        ("xiaojiang.leader", Roles.Leader, "/workspace"),
        ("xiaojiang.advisor", Roles.LegalAdvisor, "/workspace"),
        ("xiaojiang.cadre", Roles.VillageCadre, "/workspace"),
        ("county.reviewer", Roles.CountyReviewer, "/county"),
        ("admin", Roles.Administrator, "/admin"),
    ];

    /// <summary>
    /// Routes and page handlers that have not yet been given their step's rule, as <c>POST /api/…</c> or
    /// <c>PAGE /workspace/…?handler=Name</c>. The list only shrinks: an entry that has gained a rule, or no longer
    /// exists, fails <see cref="EveryStep_NamesWhoMayTakeIt"/> until it is removed from here.
    /// </summary>
    private static readonly HashSet<string> NotYetDeclared = new(StringComparer.Ordinal);

    /// <summary>One place a step is offered: an API route or a page handler, with the rule it names (or none).</summary>
    private sealed record StepSite(string Key, string Area, string Method, string Path, bool IsPage, WhoMayRule? Rule, bool Multipart);

    private async Task<IReadOnlyList<StepSite>> SitesAsync()
    {
        _ = app.Server;
        var sites = new List<StepSite>();
        var loader = app.Services.GetRequiredService<PageLoader>();
        var areas = People.Select(p => p.Area).Distinct().ToList();
        string? AreaOf(string path) => areas.FirstOrDefault(a => EndpointCatalog.IsUnder(path, a) || EndpointCatalog.IsUnder(path, "/api" + a));
        var routes = EndpointCatalog.Routes(app).ToDictionary(r => r.ToString());
        foreach (var endpoint in app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var pattern = "/" + (endpoint.RoutePattern.RawText ?? "").TrimStart('/');
            if (AreaOf(pattern) is not { } area)
            {
                continue;
            }

            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is { } page)
            {
                var compiled = await loader.LoadAsync(page, endpoint.Metadata);
                var route = routes[$"PAGE {pattern}"];
                foreach (var handler in compiled.HandlerMethods.Where(h => string.Equals(h.HttpMethod, "POST", StringComparison.OrdinalIgnoreCase)))
                {
                    var query = handler.Name is null ? "" : $"?handler={handler.Name}";
                    var rule = handler.MethodInfo.GetCustomAttributes(inherit: false).OfType<IWhoMayMetadata>().FirstOrDefault()?.Rule;
                    sites.Add(new StepSite($"PAGE {pattern}{query}", area, "POST", route.SamplePath(SampleValue) + query, true, rule, false));
                }

                continue;
            }

            var methods = endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? [];
            foreach (var method in methods.Where(m => !HttpMethods.IsGet(m) && !HttpMethods.IsHead(m)))
            {
                var apiRoute = routes.Values.First(r => !r.IsPage && r.Pattern == pattern && r.Methods.Contains(method.ToUpperInvariant()));
                var rule = endpoint.Metadata.GetMetadata<IWhoMayMetadata>()?.Rule;
                sites.Add(new StepSite($"{method.ToUpperInvariant()} {pattern}", area, method.ToUpperInvariant(), apiRoute.SamplePath(SampleValue), false, rule, apiRoute.AcceptsMultipart));
            }
        }

        return [.. sites.DistinctBy(s => s.Key).OrderBy(s => s.Key, StringComparer.Ordinal)];
    }

    /// <summary>Years within the calendar's range, so that a route parameter never fails for its own sake.</summary>
    private static string? SampleValue(string parameter) =>
        parameter.Equals("year", StringComparison.OrdinalIgnoreCase) ? "2026" : null;

    [Fact]
    public async Task EveryStep_NamesWhoMayTakeIt()
    {
        var sites = await SitesAsync();

        var undeclared = sites.Where(s => s.Rule is null).Select(s => s.Key).ToHashSet(StringComparer.Ordinal);
        var missing = undeclared.Except(NotYetDeclared).ToList();
        var stale = NotYetDeclared.Except(undeclared).ToList();

        missing.ShouldBeEmpty("These state-changing routes and page handlers name no WhoMay rule:\n" + string.Join('\n', missing));
        stale.ShouldBeEmpty("These entries of NotYetDeclared now name a rule or are gone; remove them:\n" + string.Join('\n', stale));
    }

    [Fact]
    public async Task EveryRole_IsRefusedExactlyWhereTheStepsRuleSays_OnPagesAndApiAlike()
    {
        var sites = (await SitesAsync()).Where(s => s.Rule is not null).ToList();
        sites.Count.ShouldBeGreaterThan(0);
        var wrong = new StringBuilder();
        foreach (var person in People)
        {
            var client = await app.ClientForAsync(person.UserName);
            var token = await FazhiApp.AntiforgeryTokenAsync(client, person.Area);
            var actor = Actor.For(person.UserName, person.UserName, null, person.Role);
            foreach (var site in sites.Where(s => s.Area == person.Area))
            {
                using var request = new HttpRequestMessage(new HttpMethod(site.Method), site.Path)
                {
                    Content = site.IsPage
                        ? new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token })
                        : site.Multipart ? new MultipartFormDataContent() : new StringContent("{}", Encoding.UTF8, "application/json"),
                };
                var response = await client.SendAsync(request);
                var refused = response.StatusCode == HttpStatusCode.Forbidden;
                var shouldBeRefused = !site.Rule!.Admits(actor);
                if (refused != shouldBeRefused)
                {
                    wrong.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"{site.Key} as {person.UserName}: {(int)response.StatusCode}, rule {site.Rule.Code} {(shouldBeRefused ? "refuses" : "admits")} {Roles.Label(person.Role)}");
                }
            }
        }

        wrong.ToString().ShouldBeEmpty();
    }
}
