using Fazhi.Modules.Decisions.Model;
using Fazhi.Platform.Data;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Fazhi.Modules.Decisions.Record;

internal static class DecisionEndpoints
{
    internal static void MapDecisionRecord(this RouteGroupBuilder group) =>
        group.MapGet("/{id:guid}", async Task<Results<Ok<DecisionResponse>, NotFound>> (Guid id, FazhiDbContext db, CancellationToken ct) =>
                await db.FindDecisionAsync(id, ct) is { } d ? TypedResults.Ok(await DecisionResponse.ForAsync(db, d, ct)) : TypedResults.NotFound())
            .WithSummary("决策详情");
}
