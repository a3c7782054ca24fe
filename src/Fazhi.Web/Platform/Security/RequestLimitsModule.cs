using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Fazhi.Platform.ErrorHandling;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.RateLimiting;

namespace Fazhi.Platform.Security;

/// <summary>
/// Request limits of issue 13 §1: ASP.NET Core's rate limiter partitioned per client address for anonymous writes
/// and sign-in and per user for signed-in writes, and a body-size limit per endpoint (ADR 0013).
/// </summary>
public static class RequestLimitsModule
{
    /// <summary>The rate-limit partitions, also named in logs and tests.</summary>
    internal static class Partitions
    {
        public const string SignIn = "sign-in";
        public const string Anonymous = "anonymous";
        public const string Writes = "writes";
    }

    internal const string SignInPath = "/account/login";

    internal static IServiceCollection AddFazhiRequestLimits(this IServiceCollection services, SecurityOptions options)
    {
        // Multipart fields other than files are held in memory: no single one larger than a signed-in form may be.
        services.Configure<FormOptions>(f => f.ValueLengthLimit = (int)Math.Min(int.MaxValue, options.RequestBody.SignedInBytes));
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => PartitionFor(context, options.RateLimits));
            limiter.OnRejected = OnRejectedAsync;
        });
        return services;
    }

    /// <summary>After authentication (the user is known) and before authorization and the handlers read the body.</summary>
    public static IApplicationBuilder UseFazhiRequestLimits(this IApplicationBuilder app)
    {
        app.UseRateLimiter();
        app.UseMiddleware<RequestBodyLimitMiddleware>();
        return app;
    }

    internal static RateLimitPartition<string> PartitionFor(HttpContext context, RateLimitSettings settings)
    {
        var request = context.Request;
        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method) || IsReExecution(context))
        {
            return RateLimitPartition.GetNoLimiter("read");
        }

        if (request.Path.Equals(SignInPath, StringComparison.OrdinalIgnoreCase))
        {
            return Window(Partitions.SignIn, ClientAddress(context), settings.SignIn);
        }

        if (context.User.Identity?.IsAuthenticated == true && context.User.FindFirstValue(ClaimTypes.NameIdentifier) is { } userId)
        {
            return Window(Partitions.Writes, userId, settings.Writes);
        }

        // Every other write without a session: portal comments, complaints, and anything a stranger may post.
        return Window(Partitions.Anonymous, ClientAddress(context), settings.AnonymousSubmissions);
    }

    /// <summary>The client's address; behind a configured proxy it is the forwarded one (ForwardedHeaders runs first).</summary>
    internal static string ClientAddress(HttpContext context) =>
        context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    /// <summary>The request is the error page re-executed for a refused or failed request.</summary>
    internal static bool IsReExecution(HttpContext context) =>
        context.Features.Get<IStatusCodeReExecuteFeature>() is not null || context.Features.Get<IExceptionHandlerFeature>() is not null;

    private static RateLimitPartition<string> Window(string partition, string key, RateLimitWindow window) =>
        RateLimitPartition.GetFixedWindowLimiter(partition + "|" + key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, window.PermitLimit),
            Window = window.Window > TimeSpan.Zero ? window.Window : TimeSpan.FromMinutes(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        });

    /// <summary>429 with <c>Retry-After</c>: ProblemDetails in Chinese on the API, the Chinese error page (/error/429) otherwise.</summary>
    private static async ValueTask OnRejectedAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        var seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
            ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))
            : 60;
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        if (!ErrorHandlingModule.IsApi(context))
        {
            return;
        }

        var problem = new Microsoft.AspNetCore.Mvc.ProblemDetails
        {
            Status = StatusCodes.Status429TooManyRequests,
            Title = "请求过于频繁",
            Detail = $"提交过于频繁，请 {RetryText(seconds)}后再试。",
            Instance = context.Request.Path,
        };
        problem.Extensions["code"] = "rate-limited";
        problem.Extensions["retryAfterSeconds"] = seconds;
        await context.RequestServices.GetRequiredService<IProblemDetailsService>()
            .TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem });
    }

    /// <summary>"45 秒" or "3 分钟", for the API answer and the error page alike.</summary>
    public static string RetryText(int seconds) => seconds < 120
        ? string.Create(CultureInfo.InvariantCulture, $"{seconds} 秒")
        : string.Create(CultureInfo.InvariantCulture, $"{(seconds + 59) / 60} 分钟");
}
