using Fazhi.Modules.Decisions.Record;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Fazhi.Modules.Decisions.Publication;

internal static class PublishDecisionEndpoint
{
    internal static void MapPublishDecision(this RouteGroupBuilder group) =>
        group.MapPost("/{id:guid}/publication", async Task<Results<Ok<DecisionResponse>, NotFound>> (Guid id, PublishDecisionRequest request, PublishDecisionHandler handler, FazhiDbContext db, HttpContext http, CancellationToken ct) =>
                await handler.HandleAsync(http.User.ToActor(), id, request, ct) is { } decision ? TypedResults.Ok(await DecisionResponse.ForAsync(db, decision, ct)) : TypedResults.NotFound())
            .WhoMay<DecisionPublishedByClerkOrLeader>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("公布决策（第32条）");
}
