using Fazhi.Modules.Decisions.Record;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Fazhi.Modules.Decisions.Evaluations.Plan;

internal static class PlanEvaluationEndpoint
{
    internal static void MapPlanEvaluation(this RouteGroupBuilder group) =>
        group.MapPost("/{id:guid}/evaluations", async Task<Results<Ok<DecisionResponse>, NotFound>> (Guid id, PlanEvaluationRequest request, PlanEvaluationHandler handler, FazhiDbContext db, HttpContext http, CancellationToken ct) =>
                await handler.HandleAsync(http.User.ToActor(), id, request, ct) is { } decision ? TypedResults.Ok(await DecisionResponse.ForAsync(db, decision, ct)) : TypedResults.NotFound())
            .WhoMay<EvaluationStartedByClerkOrLeader>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("启动决策后评估（第36条）");
}
