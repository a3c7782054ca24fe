using Fazhi.Modules.Organization;
using Fazhi.Platform.Data;
using Fazhi.Platform.Time;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace Fazhi.Platform.Caching;

/// <summary>
/// The public portal's published pages served from ASP.NET Core output caching (issue 19 item 3, ADR 0031). A page
/// opts in with <c>[OutputCache(PolicyName = PortalOutputCache.Policy)]</c> on its page model; only pages without a
/// form to post do (a complaint or application form carries an antiforgery token bound to the visitor).
/// </summary>
public static class PortalOutputCache
{
    public const string Policy = "portal";

    /// <summary>
    /// How long a copy may live without a change: invalidation does not wait for it (the stamp does that); it bounds
    /// memory and the pages whose content turns with time within a day (a consultation's remaining days).
    /// </summary>
    internal static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    public static IServiceCollection AddFazhiPortalCache(this IServiceCollection services)
    {
        services.AddMemoryCache();
        services.AddScoped<StampedCache>();
        services.AddSingleton<StampedCache.InFlight>();
        services.AddOutputCache(options =>
        {
            options.AddPolicy(Policy, new PortalCachePolicy());
        });
        services.AddSingleton<CookieTempDataProvider>(sp => ActivatorUtilities.CreateInstance<CookieTempDataProvider>(sp));
        services.AddSingleton<ITempDataProvider, QuietTempDataProvider>();
        return services;
    }

    /// <summary>After authentication (a signed-in request is never served a copy) and routing (the page's policy).</summary>
    public static IApplicationBuilder UseFazhiPortalCache(this IApplicationBuilder app) => app.UseOutputCache();
}

/// <summary>
/// Who may be served a copy and under which key. Not the default policy: that one would vary by nothing we change on
/// withdrawal. The key carries the township's and the whole portal's stamp (<see cref="RecordStamps"/>), read from
/// the database before the page is rendered, so a copy rendered from data older than a committed change can never be
/// found under the stamp that change wrote; and Beijing's date, so a page that depends on the day turns at midnight.
/// </summary>
internal sealed class PortalCachePolicy : IOutputCachePolicy
{
    // The cookie of TempData: a visitor carrying a message for the next page (提交成功) must see it, not a copy.
    private static readonly string TempDataCookie = CookieTempDataProvider.CookieName;

    public async ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        var request = http.Request;
        var anonymous = http.User.Identity?.IsAuthenticated != true && StringValues.IsNullOrEmpty(request.Headers.Authorization);
        var cacheable = (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)) && anonymous
            && !request.Cookies.ContainsKey(TempDataCookie);
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = PortalOutputCache.Lifetime;
        context.CacheVaryByRules.QueryKeys = "*";
        if (!cacheable)
        {
            return;
        }

        var db = http.RequestServices.GetRequiredService<FazhiDbContext>();
        var code = http.GetRouteValue("code") as string;
        // One indexed read per request: the whole portal's stamp and, on a township's page, the township's.
        var stamps = await db.Set<RecordStamp>().AsNoTracking()
            .Where(g => g.TownshipId == RecordStamps.WholePortal
                || (code != null && db.Set<Township>().Any(t => t.DivisionCode == code && t.Id == g.TownshipId)))
            .OrderBy(g => g.TownshipId)
            .Select(g => g.Stamp)
            .ToListAsync(cancellation);
        var today = ChinaTime.Today(http.RequestServices.GetRequiredService<TimeProvider>());
        context.CacheVaryByRules.VaryByValues["portal"] = $"{today:yyyyMMdd}:{string.Join(':', stamps)}";
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        // Kept only as every visitor would get it: a full page, setting no cookie, that no one marked private. The
        // antiforgery system marks every response that carries a token no-store, so a form slipped onto a cached page
        // is not kept either.
        var cacheControl = response.Headers.CacheControl.ToString();
        if (response.StatusCode != StatusCodes.Status200OK
            // Pages only: a report's PDF or Word file (?handler=Pdf) is streamed from its store, not kept in memory.
            || response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) != true
            || !StringValues.IsNullOrEmpty(response.Headers.SetCookie)
            || cacheControl.Contains("no-store", StringComparison.OrdinalIgnoreCase)
            || cacheControl.Contains("no-cache", StringComparison.OrdinalIgnoreCase)
            || cacheControl.Contains("private", StringComparison.OrdinalIgnoreCase))
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }
}

/// <summary>
/// The cookie TempData provider, except that a request that brought no TempData cookie and leaves no message gets no
/// cookie deletion. The layout reads TempData (the flash message) on every page, so without this every page answered
/// with a Set-Cookie, and a response that sets a cookie is never a copy every visitor may get.
/// </summary>
internal sealed class QuietTempDataProvider(CookieTempDataProvider inner, IOptions<CookieTempDataProviderOptions> options) : ITempDataProvider
{
    public IDictionary<string, object> LoadTempData(HttpContext context) => inner.LoadTempData(context);

    public void SaveTempData(HttpContext context, IDictionary<string, object> values)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (values is null or { Count: 0 } && !context.Request.Cookies.ContainsKey(options.Value.Cookie.Name!))
        {
            return;
        }

        inner.SaveTempData(context, values!);
    }
}
