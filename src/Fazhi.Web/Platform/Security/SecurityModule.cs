using System.Net;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.HttpOverrides;

namespace Fazhi.Platform.Security;

/// <summary>
/// The edge of the application (issue 13 §1 and §7, ADR 0013): the client address and scheme behind a TLS proxy,
/// HSTS, the security headers of every response, request limits. Settings in <c>Fazhi:Security</c>.
/// </summary>
public static class SecurityModule
{
    public static IServiceCollection AddFazhiSecurity(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection("Fazhi:Security").Get<SecurityOptions>() ?? new SecurityOptions();
        services.AddSingleton(options);

        if (options.ForwardedHeaders.Enabled)
        {
            services.Configure<ForwardedHeadersOptions>(forwarded =>
            {
                forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
                forwarded.ForwardLimit = Math.Max(1, options.ForwardedHeaders.ForwardLimit);
                foreach (var proxy in options.ForwardedHeaders.KnownProxies)
                {
                    forwarded.KnownProxies.Add(IPAddress.Parse(proxy));
                }

                foreach (var network in options.ForwardedHeaders.KnownNetworks)
                {
                    forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
                }
            });
        }

        services.AddHsts(hsts =>
        {
            hsts.MaxAge = TimeSpan.FromDays(Math.Max(1, options.Https.HstsMaxAgeDays));
            hsts.IncludeSubDomains = false;
            hsts.Preload = false;
        });
        services.AddHttpsRedirection(redirect => redirect.HttpsPort = options.Https.HttpsPort);

        if (options.Https.SecureCookies)
        {
            services.ConfigureApplicationCookie(cookie => cookie.Cookie.SecurePolicy = CookieSecurePolicy.Always);
            services.Configure<AntiforgeryOptions>(antiforgery => antiforgery.Cookie.SecurePolicy = CookieSecurePolicy.Always);
        }

        services.AddFazhiRequestLimits(options);
        return services;
    }

    /// <summary>First in the pipeline: every later step (limits, cookies, error pages) sees the real client and scheme.</summary>
    public static IApplicationBuilder UseFazhiSecurity(this IApplicationBuilder app)
    {
        var options = app.ApplicationServices.GetRequiredService<SecurityOptions>();
        if (options.ForwardedHeaders.Enabled)
        {
            app.UseForwardedHeaders();
        }

        app.UseMiddleware<SecurityHeadersMiddleware>();
        if (options.Https.Hsts)
        {
            app.UseHsts();
        }

        if (options.Https.RedirectToHttps)
        {
            app.UseHttpsRedirection();
        }

        return app;
    }
}
