using Fazhi.Platform.Auth;
using Fazhi.Platform.Web;
using Microsoft.AspNetCore.Razor.Hosting;

namespace Fazhi.ArchitectureTests;

/// <summary>
/// Pages are authorized by their route prefix in one place, <see cref="WebModule.PolicyForPath"/> (ADR 0002). These
/// tests read every compiled page's <c>@page</c> route, so a module's new page is checked without being listed.
/// </summary>
public sealed class PageAuthorizationTests
{
    private static readonly Dictionary<string, string> PolicyByPrefix = new(StringComparer.Ordinal)
    {
        ["workspace"] = Policies.Workspace,
        ["county"] = Policies.County,
        ["admin"] = Policies.Administrator,
    };

    /// <summary>Every page and its <c>@page</c> route template, from the attributes Razor compiles into the assembly.</summary>
    public static IReadOnlyList<(string View, string? Route)> Pages { get; } =
    [
        .. FazhiAssembly.Web.GetCustomAttributes(typeof(RazorCompiledItemAttribute), false)
            .Cast<RazorCompiledItemAttribute>()
            .Where(item => item.Kind == "mvc.1.0.razor-page")
            .Select(item => (item.Identifier, item.Type.GetCustomAttributes(typeof(RazorCompiledItemMetadataAttribute), false)
                .Cast<RazorCompiledItemMetadataAttribute>()
                .FirstOrDefault(m => m.Key == "RouteTemplate")?.Value)),
    ];

    public static TheoryData<string> ProtectedRoutes() =>
        [.. Pages.Select(p => p.Route).OfType<string>().Where(r => PolicyByPrefix.ContainsKey(FirstSegment(r))).Distinct()];

    [Fact]
    public void Pages_AreFoundInTheAssembly()
    {
        Pages.Select(p => p.Route).ShouldContain("/workspace");
        Pages.Select(p => p.Route).ShouldContain("/admin/users/{id}");
    }

    [Fact]
    public void EveryPage_DeclaresAnAbsoluteRoute()
    {
        // A page without an absolute route would be served under its folder path (/Modules/…), outside the
        // /workspace, /county and /admin prefixes, and so outside their policies.
        var offenders = Pages.Where(p => p.Route is null || !p.Route.StartsWith('/')).Select(p => p.View).ToList();

        offenders.ShouldBeEmpty("每个页面须声明以 / 开头的绝对路由（ADR 0002）：");
    }

    [Theory]
    [MemberData(nameof(ProtectedRoutes))]
    public void ProtectedPage_GetsThePolicyOfItsPrefix(string route)
    {
        WebModule.PolicyForPath(route).ShouldBe(PolicyByPrefix[FirstSegment(route)]);
    }

    [Fact]
    public void PortalAndAccountPages_ArePublic()
    {
        var publicRoutes = Pages.Select(p => p.Route).OfType<string>().Where(r => !PolicyByPrefix.ContainsKey(FirstSegment(r))).ToList();

        publicRoutes.ShouldContain("/");
        publicRoutes.ShouldContain("/account/login");
        publicRoutes.ShouldAllBe(r => WebModule.PolicyForPath(r) == null);
    }

    [Theory]
    [InlineData("/workspace", Policies.Workspace)]
    [InlineData("/api/workspace/villages/{id:guid}", Policies.Workspace)]
    [InlineData("/County/filings", Policies.County)]
    [InlineData("/api/county", Policies.County)]
    [InlineData("/admin/users/{id}", Policies.Administrator)]
    [InlineData("/api/admin/x", Policies.Administrator)]
    [InlineData("/workspaces", null)]
    [InlineData("/administration", null)]
    [InlineData("/t/990100101000", null)]
    [InlineData("/api/townships", null)]
    public void PolicyForPath_MatchesWholeSegmentsOnly(string path, string? policy)
    {
        WebModule.PolicyForPath(path).ShouldBe(policy);
    }

    private static string FirstSegment(string route) => route.TrimStart('/').Split('/', 2)[0].ToLowerInvariant();
}
