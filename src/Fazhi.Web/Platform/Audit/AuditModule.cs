using Fazhi.Platform.Tenancy;
using Fazhi.Platform.Web;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Fazhi.Platform.Audit;

/// <summary>The tamper-evident audit trail (issue 2 §6, ADR 0008).</summary>
public static class AuditModule
{
    /// <summary>Exit code of <c>verify-audit</c> when a chain is broken.</summary>
    public const int BrokenChainExitCode = 3;

    public static IServiceCollection AddFazhiAudit(this IServiceCollection services)
    {
        // Picked up by AddFazhiData, which adds every registered IInterceptor to the context's options.
        services.AddScoped<IInterceptor, AuditSaveChangesInterceptor>();
        services.AddScoped<AuditChainVerifier>();
        services.AddScoped<PublishedContentVerifier>();
        services.AddScoped<AuditTrailQueries>();
        services.AddScoped<AuditPresenter>();
        services.AddMenuItem(new MenuItem(MenuAreas.Admin, "审计日志", "/admin/audit", 40));
        return services;
    }

    public static IEndpointRouteBuilder MapAuditEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiGroup("/api/admin/audit", "审计日志");
        group.MapGet("/verify", async (string? chain, AuditChainVerifier verifier, CancellationToken ct) =>
                string.IsNullOrWhiteSpace(chain)
                    ? Results.Ok(await verifier.VerifyAllAsync(ct))
                    : Results.Ok(new[] { await verifier.VerifyAsync(chain, ct) }))
            .WithSummary("校验审计链（不指定 chain 时校验全部）");
        return app;
    }

    /// <summary>
    /// <c>dotnet Fazhi.Web.dll verify-audit</c>: prints each chain's verdict in Chinese; 0 when every chain is intact,
    /// <see cref="BrokenChainExitCode"/> otherwise.
    /// </summary>
    public static async Task<int> RunVerifyAuditCommandAsync(this IServiceProvider root, TextWriter output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        await using var scope = root.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentTenant>().Value = TenantContext.System;
        var results = await scope.ServiceProvider.GetRequiredService<AuditChainVerifier>().VerifyAllAsync(cancellationToken);
        foreach (var result in results)
        {
            await output.WriteLineAsync(Describe(result));
        }

        var broken = results.Count(r => !r.IsIntact);
        await output.WriteLineAsync(broken == 0
            ? $"审计链校验完成：共 {results.Count} 条链，全部完整。"
            : $"审计链校验完成：共 {results.Count} 条链，其中 {broken} 条被篡改。");
        return broken == 0 ? 0 : BrokenChainExitCode;
    }

    internal static string Describe(AuditChainVerification result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.FirstBreak is not { } b)
        {
            return result.AlteredRecords.Count == 0
                ? $"{result.ChainLabel}：完整（{result.EntryCount} 条记录）"
                : $"{result.ChainLabel}：公开内容被改动（共 {result.AlteredRecords.Count} 处，数据库被直接修改）：" + string.Join("；", result.AlteredRecords.Take(10).Select(a => a.Description));
        }

        var at = b.OccurredAt is { } t ? AuditTrailQueries.ToBeijing(t).ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture) : "—";
        return $"{result.ChainLabel}：已损坏，首个异常为第 {b.Sequence} 条记录（编号 {b.EntryId?.ToString() ?? "—"}，时间 {at}）：{b.Problem}";
    }
}
