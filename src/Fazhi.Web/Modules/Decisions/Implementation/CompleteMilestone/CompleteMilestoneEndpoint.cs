using Fazhi.Modules.Decisions.Record;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Fazhi.Modules.Decisions.Implementation.CompleteMilestone;

internal static class CompleteMilestoneEndpoint
{
    internal static void MapCompleteMilestone(this RouteGroupBuilder group) =>
        group.MapPost("/{id:guid}/milestones/{milestoneId:guid}/completion", async Task<Results<Ok<DecisionResponse>, NotFound>> (Guid id, Guid milestoneId, CompleteMilestoneRequest request, CompleteMilestoneHandler handler, FazhiDbContext db, HttpContext http, CancellationToken ct) =>
                await handler.HandleAsync(http.User.ToActor(), id, milestoneId, request, ct) is { } decision ? TypedResults.Ok(await DecisionResponse.ForAsync(db, decision, ct)) : TypedResults.NotFound())
            .WhoMay<MilestoneCompletionRecordedByClerkOrLeader>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("执行节点完成情况");
}
