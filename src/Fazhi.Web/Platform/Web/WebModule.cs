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
        // 待我办理 (ADR 0027): one answer per request, asked by the home page and the navigation's count.
        services.AddScoped<WaitingWork.WaitingWorkInbox>();
        services.AddRazorPages(options =>
            {
                // Pages live in their module's slice folders with absolute @page routes (ADR 0002), not under /Pages.
                options.RootDirectory = "/";
            })
            .AddMvcOptions(options =>
            {
                // Step permissions and refusals are handled once for every page (ADR 0010), not per handler.
                options.Filters.Add<Procedures.StepPageFilter>();

                // Page forms: dates and years out of range get a Chinese error beside the field, as the API refuses
                // them (ErrorHandling.InputRanges), and the binder's own messages are Chinese (issue 13 item 6).
                options.ModelBinderProviders.Insert(0, new ErrorHandling.RangeCheckedModelBinderProvider(options.ModelBinderProviders));
                ErrorHandling.ChineseModelBindingMessages.Apply(options.ModelBindingMessageProvider);
            });
        // Without this every Chinese character is written as &#x…; (STACK-NOTES).
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddOpenApi(OpenApiSchemas.Configure);
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
        // Every form post needs the antiforgery token (issue 13 item 8), file uploads through the API included; a
        // signed-in script gets one here (with its cookie), as a browser gets one in each form.
        app.MapApiGroup("/api/workspace/antiforgery-token", "表单防伪令牌").MapGet("/", (Microsoft.AspNetCore.Antiforgery.IAntiforgery antiforgery, HttpContext context) =>
            {
                var tokens = antiforgery.GetAndStoreTokens(context);
                return TypedResults.Ok(new AntiforgeryTokenResponse(tokens.RequestToken!, tokens.FormFieldName, tokens.HeaderName));
            })
            .WithSummary("取得表单防伪令牌（上传文件、导入目录等表单提交时以表单字段或请求头附上）");
        app.MapOpenApi("/openapi/{documentName}.json");
        return app;
    }
}

/// <summary>The antiforgery token of the caller's session and where to put it.</summary>
internal sealed record AntiforgeryTokenResponse(string Token, string FormFieldName, string? HeaderName);

public static class ApiGroups
{
    /// <summary>
    /// An API route group under <c>/api/…</c>; groups under /api/workspace, /api/county and /api/admin get the same
    /// policy as the pages under that prefix, so a module cannot forget it.
    /// </summary>
    public static RouteGroupBuilder MapApiGroup(this IEndpointRouteBuilder app, string prefix, string tag)
    {
        var group = app.MapGroup(prefix).WithTags(tag);
        // Enum values that are no member and dates out of range are refused with the field named (issue 13 item 6).
        group.AddEndpointFilterFactory(ErrorHandling.StrictInputFilter.Create);
        var policy = WebModule.PolicyForPath(prefix);
        if (policy is not null)
        {
            group.RequireAuthorization(policy);
        }

        return group;
    }
}
