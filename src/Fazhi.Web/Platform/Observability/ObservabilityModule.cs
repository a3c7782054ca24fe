using Fazhi.Platform.Tenancy;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.EntityFrameworkCore;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Fazhi.Platform.Observability;

/// <summary>Section <c>Fazhi:Telemetry</c>.</summary>
public sealed class TelemetryOptions
{
    /// <summary>
    /// Where traces, metrics and logs go by OTLP (e.g. <c>http://otel-collector:4317</c>). Empty, the default: no
    /// OpenTelemetry at all, so a county's one machine pays nothing for it.
    /// </summary>
    public string? OtlpEndpoint { get; set; }

    /// <summary>The service name every signal carries; one per deployment, the instance id tells the instances apart.</summary>
    public string ServiceName { get; set; } = "fazhi";

    /// <summary>
    /// This instance's name among identical instances (e.g. <c>fazhi2</c>). Set, every response carries it as
    /// <c>X-Fazhi-Instance</c> and every log scope as <c>Instance</c>, so an operator (and the proxy test) sees which
    /// instance answered a request behind the load balancer. Empty, the default: no header.
    /// </summary>
    public string? InstanceName { get; set; }
}

/// <summary>
/// Telemetry and health (ADR 0029, STYLE §2.1 item 10): OpenTelemetry traces and metrics of requests, EF Core database
/// calls and Fazhi's own jobs and PDF conversions, exported by OTLP when configured; the township and request id in
/// every log scope; liveness and readiness apart, so a load balancer stops sending to an instance whose database is
/// gone while the orchestrator does not restart a process that is merely waiting for it.
/// </summary>
public static class ObservabilityModule
{
    public const string ReadyTag = "ready";

    public static IServiceCollection AddFazhiObservability(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection("Fazhi:Telemetry").Get<TelemetryOptions>() ?? new TelemetryOptions();
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", tags: [ReadyTag])
            .AddCheck<MigrationsHealthCheck>("migrations", tags: [ReadyTag]);

        if (string.IsNullOrWhiteSpace(options.OtlpEndpoint))
        {
            return services;
        }

        var endpoint = new Uri(options.OtlpEndpoint);
        services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(options.ServiceName,
                serviceInstanceId: string.IsNullOrWhiteSpace(options.InstanceName) ? Environment.MachineName + ":" + Environment.ProcessId : options.InstanceName))
            .WithTracing(t => t
                .AddSource(FazhiTelemetry.Name)
                .AddAspNetCoreInstrumentation(a => a.Filter = http => !http.Request.Path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase))
                .AddEntityFrameworkCoreInstrumentation()
                .AddOtlpExporter(o => o.Endpoint = endpoint))
            .WithMetrics(m => m
                .AddMeter(FazhiTelemetry.Name)
                .AddAspNetCoreInstrumentation()
                .AddOtlpExporter(o => o.Endpoint = endpoint))
            .WithLogging(l => l.AddOtlpExporter(o => o.Endpoint = endpoint), l =>
            {
                // The township and request id of the scope (UseFazhiLogScope) travel with each record.
                l.IncludeScopes = true;
                l.IncludeFormattedMessage = true;
            });
        return services;
    }

    /// <summary>
    /// Every log line of a request carries the caller's township (or county) and the request id, so a line in an
    /// instance's log leads to the township that saw the problem and to the request's trace.
    /// </summary>
    public static IApplicationBuilder UseFazhiLogScope(this IApplicationBuilder app)
    {
        var logger = app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger("Fazhi.Request");
        var instance = app.ApplicationServices.GetRequiredService<IConfiguration>()["Fazhi:Telemetry:InstanceName"];
        var named = !string.IsNullOrWhiteSpace(instance);
        return app.Use(async (context, next) =>
        {
            if (named)
            {
                context.Response.Headers["X-Fazhi-Instance"] = instance;
            }

            var tenant = context.RequestServices.GetRequiredService<CurrentTenant>().Value;
            var scope = new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["Instance"] = instance,
                ["RequestId"] = context.TraceIdentifier,
                ["TownshipId"] = tenant.TownshipId,
                ["CountyId"] = tenant.CountyId,
                ["UserName"] = tenant.UserName,
            };
            System.Diagnostics.Activity.Current?.SetTag("fazhi.township", tenant.TownshipId);
            using (logger.BeginScope(scope))
            {
                await next(context);
            }
        });
    }

    /// <summary>
    /// <c>/health/live</c>: the process answers (no checks). <c>/health/ready</c>: the database answers and carries every
    /// migration of this build. <c>/healthz</c>: every check, as before.
    /// </summary>
    public static IEndpointRouteBuilder MapFazhiHealthEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/healthz");
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains(ReadyTag) });
        return app;
    }
}

/// <summary>Healthy when the database answers.</summary>
internal sealed class DatabaseHealthCheck(Data.FazhiDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await db.Database.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("数据库无法连接");
}

/// <summary>
/// Healthy when the database carries every migration of this build: during a rolling upgrade an instance of the new
/// version is not ready until the migration (run once, by the first instance to start) has been applied.
/// </summary>
internal sealed class MigrationsHealthCheck(Data.FazhiDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        return pending.Count == 0
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy($"数据库缺少 {pending.Count} 个迁移：{string.Join("、", pending)}");
    }
}
