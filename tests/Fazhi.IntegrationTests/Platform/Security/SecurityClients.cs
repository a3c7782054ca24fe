using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Fazhi.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;

namespace Fazhi.IntegrationTests.Platform.Security;

/// <summary>Clients of the security suite: browsers at distinct addresses behind the proxy, and raw cookie replays.</summary>
internal static class SecurityClients
{
    /// <summary>The 小江镇 portal (division code of the demo data).</summary>
    public const string Xiaojiang = "990100101000";

    /// <summary>
    /// A browser at <paramref name="address"/> behind the TLS proxy: cookies kept, redirects not followed, and the
    /// proxy's <c>X-Forwarded-For</c> on every request (the app must have <c>Fazhi:Security:ForwardedHeaders:Enabled</c>).
    /// </summary>
    public static HttpClient From(FazhiApp app, string address) =>
        app.CreateDefaultClient(new CookieContainerHandler(), new ForwardedFor(address));

    public static async Task<HttpClient> SignedInFromAsync(FazhiApp app, string address, string userName)
    {
        var client = From(app, address);
        var response = await FazhiApp.SignInAsync(client, userName, FazhiApp.DemoPassword);
        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.Redirect, $"sign-in of {userName} from {address}");
        return client;
    }

    public static StringContent Json(object body) =>
        new(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");

    /// <summary>The <c>title</c> and <c>detail</c> of a ProblemDetails answer.</summary>
    public static async Task<(string Title, string Detail)> ProblemAsync(HttpResponseMessage response)
    {
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (json.RootElement.GetProperty("title").GetString() ?? "", json.RootElement.TryGetProperty("detail", out var d) ? d.GetString() ?? "" : "");
    }

    /// <summary>The <c>name=value</c> pairs of the sign-in cookie a response set, to send again later from elsewhere.</summary>
    public static string AuthCookie(HttpResponseMessage response) =>
        string.Join("; ", response.Headers.TryGetValues("Set-Cookie", out var cookies)
            ? cookies.Where(c => c.StartsWith("fazhi.auth", StringComparison.Ordinal)).Select(c => c.Split(';')[0])
            : []);

    /// <summary>A request carrying only the given cookie, from a client that keeps none: a replayed session.</summary>
    public static async Task<HttpResponseMessage> ReplayAsync(FazhiApp app, string cookie, HttpMethod method, string path, HttpContent? content = null)
    {
        using var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(method, path) { Content = content };
        request.Headers.Add("Cookie", cookie);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return await client.SendAsync(request);
    }

    private sealed class ForwardedFor(string address) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.Headers.Remove("X-Forwarded-For");
            request.Headers.Add("X-Forwarded-For", address);
            return base.SendAsync(request, cancellationToken);
        }
    }
}
