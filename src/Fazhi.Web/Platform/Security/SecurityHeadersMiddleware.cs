using Fazhi.Platform.Web;
using Microsoft.Net.Http.Headers;

namespace Fazhi.Platform.Security;

/// <summary>
/// The headers of issue 13 §7 on every response, error pages, files and static assets included. They are added when
/// the response starts, so an exception handler that clears the response does not lose them.
/// </summary>
internal sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    /// <summary>
    /// Scripts only from our own files (no inline script, no <c>on…</c> attributes, no <c>javascript:</c> links); styles
    /// may be inline because ECharts writes its tooltips as HTML with style attributes (ADR 0013); <c>data:</c> images
    /// are for what the chart library draws.
    /// </summary>
    internal const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        // Decided on the path the client asked for: a re-executed error page keeps the original's answer.
        var personal = ServesPersonalData(context.Request.Path);
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers[HeaderNames.XContentTypeOptions] = "nosniff";
            headers[HeaderNames.XFrameOptions] = "DENY";
            headers["Referrer-Policy"] = "same-origin";
            headers[HeaderNames.ContentSecurityPolicy] = ContentSecurityPolicy;
            if (personal || context.User.Identity?.IsAuthenticated == true)
            {
                // Workspace, county and admin pages and their API hold personal data: no browser or proxy may keep a copy.
                headers[HeaderNames.CacheControl] = "no-store";
                headers.Remove(HeaderNames.Expires);
                headers[HeaderNames.Pragma] = "no-cache";
            }

            return Task.CompletedTask;
        });
        return next(context);
    }

    /// <summary>The protected prefixes (ADR 0002) and the account pages.</summary>
    internal static bool ServesPersonalData(PathString path) =>
        WebModule.PolicyForPath(path.Value ?? "/") is not null
        || path.StartsWithSegments("/account", StringComparison.OrdinalIgnoreCase);
}
