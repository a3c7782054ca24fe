using Fazhi.Modules.Documents.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Fazhi.Modules.Documents.Cleanup;

internal sealed record CleanupItemRow(Guid DocumentId, string Title, string DocumentNumber, string? Outcome, string? Reason);

internal sealed record CleanupResult(Guid Id, string Title, bool IsPublic, IReadOnlyList<CleanupItemRow> Items)
{
    public static CleanupResult From(CleanupCampaign c) =>
        new(c.Id, c.Title, c.IsPublic, c.Items.Select(i => new CleanupItemRow(i.DocumentId, i.Title, i.DocumentNumber, i.Outcome is { } o ? DocumentLabels.Of(o) : null, i.Reason)).ToList());
}

internal static class CleanupEndpoints
{
    internal static void MapCleanup(this RouteGroupBuilder group)
    {
        group.MapPost("/cleanups", StartAsync).WhoMay<CleanupRunByClerkOrLeader>().ProducesValidationProblem().WithSummary("开展清理：列出全部现行有效文件");
        group.MapPost("/cleanups/{id:guid}/decisions", DecideAsync).WhoMay<CleanupRunByClerkOrLeader>().ProducesProblem(StatusCodes.Status409Conflict).WithSummary("对一件文件作出清理结论");
        group.MapPost("/cleanups/{id:guid}/publication", PublishAsync).WhoMay<CleanupRunByClerkOrLeader>().ProducesProblem(StatusCodes.Status409Conflict).WithSummary("公布清理结果并执行");
    }

    private static async Task<Ok<CleanupResult>> StartAsync(StartCleanupRequest request, CleanupHandler handler, FazhiDbContext db, HttpContext http, CancellationToken ct) =>
        TypedResults.Ok(CleanupResult.From(await handler.StartAsync(db.Tenant.TownshipId!.Value, request, http.User.ToActor(), ct)));

    private static async Task<Results<Ok<CleanupResult>, NotFound>> DecideAsync(Guid id, CleanupDecisionRequest request, CleanupHandler handler, HttpContext http, CancellationToken ct) =>
        await handler.DecideAsync(id, request, http.User.ToActor(), ct) is { } c ? TypedResults.Ok(CleanupResult.From(c)) : TypedResults.NotFound();

    private static async Task<Results<Ok<CleanupResult>, NotFound>> PublishAsync(Guid id, CleanupHandler handler, HttpContext http, CancellationToken ct) =>
        await handler.PublishAsync(id, http.User.ToActor(), ct) is { } c ? TypedResults.Ok(CleanupResult.From(c)) : TypedResults.NotFound();
}
