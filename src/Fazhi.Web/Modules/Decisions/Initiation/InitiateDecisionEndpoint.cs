using Fazhi.Modules.Decisions.Record;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Fazhi.Modules.Decisions.Initiation;

internal static class InitiateDecisionEndpoint
{
    internal static void MapInitiateDecision(this RouteGroupBuilder group) =>
        group.MapPost("/", async Task<Created<DecisionResponse>> (InitiateDecisionRequest request, InitiateDecisionHandler handler, HttpContext http, CancellationToken ct) =>
            {
                var decision = await handler.HandleAsync(http.User.ToActor(), request, ct);
                return TypedResults.Created($"/api/workspace/decisions/{decision.Id}", DecisionResponse.From(decision, null));
            })
            .WhoMay<DecisionInitiatedByClerkOrLeader>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("决策启动，拟定决策草案和备选方案（第10–13条）");
}
