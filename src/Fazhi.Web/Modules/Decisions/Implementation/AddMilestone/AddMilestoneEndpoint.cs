using Fazhi.Modules.Decisions.Record;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Fazhi.Modules.Decisions.Implementation.AddMilestone;

internal static class AddMilestoneEndpoint
{
    internal static void MapAddMilestone(this RouteGroupBuilder group) =>
        group.MapPost("/{id:guid}/milestones", async Task<Results<Ok<DecisionResponse>, NotFound>> (Guid id, AddMilestoneRequest request, AddMilestoneHandler handler, FazhiDbContext db, HttpContext http, CancellationToken ct) =>
                await handler.HandleAsync(http.User.ToActor(), id, request, ct) is { } decision ? TypedResults.Ok(await DecisionResponse.ForAsync(db, decision, ct)) : TypedResults.NotFound())
            .WhoMay<MilestonesPlannedByClerkOrLeader>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("执行节点（第34条）");
}
