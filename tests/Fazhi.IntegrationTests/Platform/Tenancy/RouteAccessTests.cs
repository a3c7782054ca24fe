using System.Net;
using System.Text;
using Fazhi.IntegrationTests.Infrastructure;

namespace Fazhi.IntegrationTests.Platform.Tenancy;

/// <summary>
/// Issue 2 §3: who may reach which area, proven for every route the app has (read from its endpoint data sources, so
/// routes added by later modules are covered without editing this class).
/// </summary>
public sealed class RouteAccessTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    private static readonly string[] ProtectedPagePrefixes = ["/workspace", "/county", "/admin"];
    private static readonly string[] ProtectedApiPrefixes = ["/api/workspace", "/api/county", "/api/admin"];

    private List<AppRoute> PagesUnder(params string[] prefixes) =>
    [
        .. EndpointCatalog.Routes(app).Where(r => r.IsPage && prefixes.Any(p => EndpointCatalog.IsUnder(r.Pattern, p))),
    ];

    private List<AppRoute> ApisUnder(params string[] prefixes) =>
    [
        .. EndpointCatalog.Routes(app).Where(r => !r.IsPage && prefixes.Any(p => EndpointCatalog.IsUnder(r.Pattern, p))),
    ];

    [Fact]
    public async Task EveryProtectedPage_WhenAnonymous_RedirectsToLogin()
    {
        var pages = PagesUnder(ProtectedPagePrefixes);
        pages.Select(p => p.Pattern).ShouldContain("/workspace");
        pages.Select(p => p.Pattern).ShouldContain("/county");
        pages.Select(p => p.Pattern).ShouldContain("/admin/users/{id}");
        var client = app.Anonymous();

        var wrong = new List<string>();
        foreach (var page in pages)
        {
            var response = await client.GetAsync(page.SamplePath());
            if (response.StatusCode != HttpStatusCode.Redirect || RedirectPath(response) != "/account/login")
            {
                wrong.Add($"{page}: {EndpointCatalog.StatusText(response)}");
            }
        }

        wrong.ShouldBeEmpty("匿名访问受保护页面应跳转到登录页：");
    }

    [Fact]
    public async Task EveryProtectedApi_WhenAnonymous_Answers401ProblemDetails()
    {
        var apis = ApisUnder(ProtectedApiPrefixes);
        apis.ShouldNotBeEmpty();
        var client = app.Anonymous();

        var wrong = new List<string>();
        foreach (var api in apis)
        {
            foreach (var method in api.Methods)
            {
                using var request = new HttpRequestMessage(new HttpMethod(method), api.SamplePath());
                if (method is "POST" or "PUT" or "PATCH")
                {
                    request.Content = AcceptableBody(api);
                }

                var response = await client.SendAsync(request);
                var body = await response.Content.ReadAsStringAsync();
                if (response.StatusCode != HttpStatusCode.Unauthorized
                    || response.Content.Headers.ContentType?.MediaType != "application/problem+json"
                    || !body.Contains("请先登录", StringComparison.Ordinal))
                {
                    wrong.Add($"{method} {api.Pattern}: {(int)response.StatusCode} {response.Content.Headers.ContentType}");
                }
            }
        }

        wrong.ShouldBeEmpty("匿名调用受保护接口应得到 401 ProblemDetails：");
    }

    [Fact]
    public async Task CountyAndAdminPages_WhenTownshipClerk_AreRefused()
    {
        var pages = PagesUnder("/county", "/admin");
        pages.ShouldNotBeEmpty();
        var clerk = await app.ClientForAsync("xiaojiang.clerk");

        var wrong = new List<string>();
        foreach (var page in pages)
        {
            var response = await clerk.GetAsync(page.SamplePath());
            if (!IsRefused(response))
            {
                wrong.Add($"{page}: {EndpointCatalog.StatusText(response)}");
            }
        }

        wrong.ShouldBeEmpty("乡镇法制员不得进入县级与管理页面：");
    }

    [Fact]
    public async Task CountyAndAdminApis_WhenTownshipClerk_Answer403()
    {
        var clerk = await app.ClientForAsync("xiaojiang.clerk");

        var wrong = new List<string>();
        foreach (var api in ApisUnder("/api/county", "/api/admin").Where(a => a.Methods.Contains("GET")))
        {
            var response = await clerk.GetAsync(api.SamplePath());
            if (response.StatusCode != HttpStatusCode.Forbidden)
            {
                wrong.Add($"{api}: {EndpointCatalog.StatusText(response)}");
            }
        }

        wrong.ShouldBeEmpty();
    }

    [Fact]
    public async Task WorkspaceAndAdminPages_WhenCountyReviewer_AreRefused()
    {
        var pages = PagesUnder("/workspace", "/admin");
        var reviewer = await app.ClientForAsync("county.reviewer");

        var wrong = new List<string>();
        foreach (var page in pages)
        {
            var response = await reviewer.GetAsync(page.SamplePath());
            if (!IsRefused(response))
            {
                wrong.Add($"{page}: {EndpointCatalog.StatusText(response)}");
            }
        }

        wrong.ShouldBeEmpty("县级审查员不得进入乡镇工作台与管理页面：");
        (await reviewer.GetAsync("/county")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task WorkspaceApis_WhenAdministrator_Answer403()
    {
        // The administrator manages accounts but belongs to no township: township records are not theirs to read.
        var admin = await app.ClientForAsync("admin");

        var wrong = new List<string>();
        foreach (var api in ApisUnder("/api/workspace").Where(a => a.Methods.Contains("GET")))
        {
            var response = await admin.GetAsync(api.SamplePath());
            if (response.StatusCode != HttpStatusCode.Forbidden)
            {
                wrong.Add($"{api}: {EndpointCatalog.StatusText(response)}");
            }
        }

        wrong.ShouldBeEmpty();
    }

    [Fact]
    public async Task ProtectedArea_WhenItsOwnRole_IsServed()
    {
        (await (await app.ClientForAsync("xiaojiang.clerk")).GetAsync("/workspace")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await (await app.ClientForAsync("county.reviewer")).GetAsync("/county")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await (await app.ClientForAsync("admin")).GetAsync("/admin/users")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    /// <summary>
    /// A body of the kind the endpoint reads (its <c>IAcceptsMetadata</c>): an upload gets a multipart form, so that the
    /// content type cannot be what answers (415) and only authentication can refuse the call.
    /// </summary>
    private static HttpContent AcceptableBody(AppRoute api)
    {
        if (api.AcceptsMultipart)
        {
            return new MultipartFormDataContent
            {
                { new StringContent("sample"), "purpose" },
                { new ByteArrayContent("%PDF-1.4\n%%EOF\n"u8.ToArray()), "file", "sample.pdf" },
            };
        }

        return new StringContent("{}", Encoding.UTF8, "application/json");
    }

    internal static bool IsRefused(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.Forbidden
        || (response.StatusCode == HttpStatusCode.Redirect && RedirectPath(response) == "/account/denied");

    internal static string RedirectPath(HttpResponseMessage response)
    {
        var location = response.Headers.Location;
        if (location is null)
        {
            return "";
        }

        var path = location.IsAbsoluteUri ? location.AbsolutePath : location.OriginalString.Split('?')[0];
        return path;
    }
}
