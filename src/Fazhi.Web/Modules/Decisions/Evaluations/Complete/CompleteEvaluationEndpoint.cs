using Fazhi.Modules.Decisions.Record;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Fazhi.Modules.Decisions.Evaluations.Complete;

internal static class CompleteEvaluationEndpoint
{
    internal static void MapCompleteEvaluation(this RouteGroupBuilder group) =>
        group.MapPost("/{id:guid}/evaluations/{evaluationId:guid}/completion", async Task<Results<Ok<DecisionResponse>, NotFound>> (Guid id, Guid evaluationId, CompleteEvaluationRequest request, CompleteEvaluationHandler handler, FazhiDbContext db, HttpContext http, CancellationToken ct) =>
                await handler.HandleAsync(http.User.ToActor(), id, evaluationId, request, ct) is { } decision ? TypedResults.Ok(await DecisionResponse.ForAsync(db, decision, ct)) : TypedResults.NotFound())
            .WhoMay<EvaluationReportRecordedByClerkOrLeader>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("决策后评估报告");
}
