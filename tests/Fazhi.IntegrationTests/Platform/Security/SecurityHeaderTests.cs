using System.Net;
using System.Text.RegularExpressions;
using Fazhi.IntegrationTests.Infrastructure;

namespace Fazhi.IntegrationTests.Platform.Security;

/// <summary>Fazhi as deployed behind a TLS proxy: forwarded headers honoured, HSTS on.</summary>
public sealed class EdgeApp : FazhiApp
{
    protected override IEnumerable<KeyValuePair<string, string>> Settings =>
    [
        new("Fazhi:Security:ForwardedHeaders:Enabled", "true"),
        new("Fazhi:Security:Https:Hsts", "true"),
    ];
}

/// <summary>
/// Issue 13 §7: every response carries a Content-Security-Policy without inline script and with frame-ancestors
/// 'none', X-Frame-Options DENY, nosniff (downloads included) and a Referrer-Policy; pages and API answers with personal
/// data are never stored by a browser or proxy; behind the TLS proxy HSTS is sent and the sign-in cookie is Secure.
/// Every page reachable by links from the portal, the workspace, the county console and the admin area is checked for
/// inline script the policy would block.
/// </summary>
public sealed partial class SecurityHeaderTests(EdgeApp app) : IClassFixture<EdgeApp>
{
    private static void ShouldHaveSecurityHeaders(HttpResponseMessage response, string what)
    {
        var csp = response.Headers.TryGetValues("Content-Security-Policy", out var values) ? string.Join(",", values) : "";
        csp.ShouldContain("script-src 'self'", customMessage: what);
        ScriptSource(csp).ShouldNotContain("unsafe", customMessage: what);
        csp.ShouldContain("frame-ancestors 'none'", customMessage: what);
        csp.ShouldContain("object-src 'none'", customMessage: what);
        Header(response, "X-Frame-Options").ShouldBe("DENY", what);
        Header(response, "X-Content-Type-Options").ShouldBe("nosniff", what);
        Header(response, "Referrer-Policy").ShouldBe("same-origin", what);
    }

    private static string ScriptSource(string csp) =>
        csp.Split(';').Select(d => d.Trim()).FirstOrDefault(d => d.StartsWith("script-src", StringComparison.Ordinal)) ?? "";

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values)
        : response.Content.Headers.TryGetValues(name, out var content) ? string.Join(",", content) : "";

    private static bool NoStore(HttpResponseMessage response) => response.Headers.CacheControl?.NoStore == true;

    [Fact]
    public async Task EveryLinkedPage_CarriesTheHeaders_AndNoScriptThePolicyWouldBlock()
    {
        var visited = new List<string>();
        visited.AddRange(await CrawlAsync(app.Anonymous(), "/", "/", isPersonal: false));
        visited.AddRange(await CrawlAsync(await app.ClientForAsync("xiaojiang.clerk"), "/workspace", "/workspace", isPersonal: true));
        visited.AddRange(await CrawlAsync(await app.ClientForAsync("county.reviewer"), "/county", "/county", isPersonal: true));
        visited.AddRange(await CrawlAsync(await app.ClientForAsync("admin"), "/admin", "/admin", isPersonal: true));
        visited.AddRange(await CrawlAsync(app.Anonymous(), "/no-such-page", "/no-such-page", isPersonal: false));

        TestContext.Current.SendDiagnosticMessage($"Checked {visited.Count} pages for the security headers and inline script.");
        visited.Count.ShouldBeGreaterThan(60);
    }

    /// <summary>Follows same-area links breadth-first (query strings dropped, downloads and previews skipped) and checks each answer.</summary>
    private static async Task<List<string>> CrawlAsync(HttpClient client, string start, string area, bool isPersonal, int max = 45)
    {
        var queue = new Queue<string>([start]);
        var seen = new HashSet<string>(StringComparer.Ordinal) { start };
        var visited = new List<string>();
        while (queue.Count > 0 && visited.Count < max)
        {
            var path = queue.Dequeue();
            var response = await client.GetAsync(path);
            visited.Add(path);
            ShouldHaveSecurityHeaders(response, path);
            if (isPersonal)
            {
                // Public pages may be no-store too: a page with a form holds an antiforgery token, which ASP.NET Core never lets be cached.
                NoStore(response).ShouldBeTrue($"Cache-Control: no-store on {path}");
            }
            if (response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                continue;
            }

            var html = await response.Content.ReadAsStringAsync();
            InlineScript().Match(html).Value.ShouldBeEmpty($"inline <script> on {path}");
            EventHandlerAttribute().Match(html).Value.ShouldBeEmpty($"on… attribute on {path}");
            ScriptUrl().Match(html).Value.ShouldBeEmpty($"javascript: URL on {path}");
            foreach (Match link in Link().Matches(html))
            {
                var target = WebUtility.HtmlDecode(link.Groups[1].Value);
                if (target.StartsWith(area, StringComparison.Ordinal) && !Skipped(target) && seen.Add(target))
                {
                    queue.Enqueue(target);
                }
            }
        }

        return visited;
    }

    /// <summary>Files and exports are checked by their own test; the PDF preview starts LibreOffice.</summary>
    private static bool Skipped(string path) =>
        path.Contains("/export", StringComparison.Ordinal) || path.Contains("/preview", StringComparison.Ordinal)
        || path.Contains(".docx", StringComparison.Ordinal) || path.Contains(".pdf", StringComparison.Ordinal)
        || path.Contains("/download", StringComparison.Ordinal) || path.Contains("/print", StringComparison.Ordinal);

    [Fact]
    public async Task Downloads_AreNosniff_AndPersonalOnesAreNotStored()
    {
        var clerk = await app.ClientForAsync("taixia.clerk");
        var upload = await AttachmentUploads.PostAsync(clerk, AttachmentUploads.OwnerType, await AttachmentUploads.NewOwnerAsync(clerk), "审核意见书", "意见书.pdf", AttachmentUploads.UniquePdf("headers"));
        upload.StatusCode.ShouldBe(HttpStatusCode.Created);

        var download = await clerk.GetAsync(upload.Headers.Location);
        var api = await clerk.GetAsync("/api/workspace/villages");
        var stylesheet = await app.Anonymous().GetAsync("/css/theme.css");
        var portal = await app.Anonymous().GetAsync($"/t/{SecurityClients.Xiaojiang}");

        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        Header(download, "X-Content-Type-Options").ShouldBe("nosniff");
        NoStore(download).ShouldBeTrue();
        NoStore(api).ShouldBeTrue();
        ShouldHaveSecurityHeaders(api, "workspace API");
        Header(stylesheet, "X-Content-Type-Options").ShouldBe("nosniff");
        NoStore(stylesheet).ShouldBeFalse();
        NoStore(portal).ShouldBeFalse();
    }

    [Fact]
    public async Task BehindTheTlsProxy_HstsIsSent_AndTheSignInCookieIsSecure()
    {
        var overTls = app.CreateDefaultClient(new Uri("http://fazhi.example.gov.cn"), new ForwardedProto("https"));
        var plain = app.CreateDefaultClient(new Uri("http://fazhi.example.gov.cn"));

        var tlsPage = await overTls.GetAsync("/account/login");
        var plainPage = await plain.GetAsync("/account/login");
        var signIn = await FazhiApp.SignInAsync(app.CreateDefaultClient(new Uri("http://fazhi.example.gov.cn"), new Microsoft.AspNetCore.Mvc.Testing.Handlers.CookieContainerHandler(), new ForwardedProto("https")), "heshi.clerk", FazhiApp.DemoPassword);

        Header(tlsPage, "Strict-Transport-Security").ShouldStartWith("max-age=31536000");
        Header(plainPage, "Strict-Transport-Security").ShouldBeEmpty();
        signIn.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("fazhi.auth", StringComparison.Ordinal)).ShouldContain("secure");
    }

    private sealed class ForwardedProto(string scheme) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.Headers.Add("X-Forwarded-Proto", scheme);
            return base.SendAsync(request, cancellationToken);
        }
    }

    /// <summary>A script element with code in it; JSON data blocks (the county charts' figures) are data, not script.</summary>
    [GeneratedRegex("<script(?![^>]*\\bsrc=)(?![^>]*type=\"application/json\")[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();

    [GeneratedRegex("<[a-z][^>]*\\son[a-z]+\\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex EventHandlerAttribute();

    [GeneratedRegex("(?:href|src|action)\\s*=\\s*[\"']\\s*javascript:", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptUrl();

    [GeneratedRegex("href=\"(/[^\"#?]*)")]
    private static partial Regex Link();
}
