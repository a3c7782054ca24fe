using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.WebEncoders;

namespace Fazhi.Platform.Web;

/// <summary>An entry of the workspace or county menu, contributed by the module that owns the pages.</summary>
public sealed record MenuItem(string Area, string Label, string Path, int Order);

public static class MenuAreas
{
    public const string Workspace = "workspace";
    public const string County = "county";
    public const string Admin = "admin";
}

public static class WebModule
{
    public static IServiceCollection AddFazhiWeb(this IServiceCollection services)
    {
        services.AddRazorPages(options =>
            {
                // Pages live in their module's slice folders with absolute @page routes (ADR 0002), not under /Pages.
                options.RootDirectory = "/";
            })
            // Step permissions and refusals are handled once for every page (ADR 0010), not per handler.
            .AddMvcOptions(options => options.Filters.Add<Procedures.StepPageFilter>());
        // Without this every Chinese character is written as &#x…; (STACK-NOTES).
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddOpenApi();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        services.AddAntiforgery();
        services.AddSingleton<DisplayLabels>();
        services.AddPlatformDisplayLabels();
        return services;
    }

    /// <summary>The policy that guards a path, or null for the public portal.</summary>
    public static string? PolicyForPath(string path)
    {
        static bool Under(string path, string prefix) =>
            path.Equals(prefix, StringComparison.OrdinalIgnoreCase) || path.StartsWith(prefix + "/", StringComparison.OrdinalIgnoreCase);
        return Under(path, "/workspace") || Under(path, "/api/workspace") ? Auth.Policies.Workspace
            : Under(path, "/county") || Under(path, "/api/county") ? Auth.Policies.County
            : Under(path, "/admin") || Under(path, "/api/admin") ? Auth.Policies.Administrator
            : null;
    }

    public static IServiceCollection AddMenuItem(this IServiceCollection services, MenuItem item) =>
        services.AddSingleton(item);

    public static WebApplication MapFazhiWeb(this WebApplication app)
    {
        // Authorization by route prefix, in one place for every module's pages (issue 2 §3): /workspace is township
        // staff, /county the county reviewers, /admin the administrators; everything else is the public portal.
        app.MapRazorPages().Add(endpoint =>
        {
            if (endpoint is not Microsoft.AspNetCore.Routing.RouteEndpointBuilder route)
            {
                return;
            }

            var policy = PolicyForPath("/" + route.RoutePattern.RawText?.TrimStart('/'));
            if (policy is not null)
            {
                endpoint.Metadata.Add(new Microsoft.AspNetCore.Authorization.AuthorizeAttribute(policy));
            }
        });
        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapHealthChecks("/healthz");
        return app;
    }
}

public static class ApiGroups
{
    /// <summary>
    /// An API route group under <c>/api/…</c>; groups under /api/workspace, /api/county and /api/admin get the same
    /// policy as the pages under that prefix, so a module cannot forget it.
    /// </summary>
    public static RouteGroupBuilder MapApiGroup(this IEndpointRouteBuilder app, string prefix, string tag)
    {
        var group = app.MapGroup(prefix).WithTags(tag);
        var policy = WebModule.PolicyForPath(prefix);
        if (policy is not null)
        {
            group.RequireAuthorization(policy);
        }

        return group;
    }
}

/// <summary>Healthy when the database answers.</summary>
internal sealed class DatabaseHealthCheck(Data.FazhiDbContext db) : Microsoft.Extensions.Diagnostics.HealthChecks.IHealthCheck
{
    public async Task<Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckResult> CheckHealthAsync(
        Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await db.Database.CanConnectAsync(cancellationToken)
            ? Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckResult.Healthy()
            : Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckResult.Unhealthy("数据库无法连接");
}
