using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Fazhi.Modules.Documents.Evaluation;

internal static class EvaluationEndpoints
{
    internal static void MapEvaluation(this RouteGroupBuilder group) =>
        group.MapPost("/{id:guid}/evaluations", RecordAsync).WhoMay<EvaluationRecordedByClerkOrLeader>().ProducesValidationProblem().WithSummary("记录实施效果评估");

    private static async Task<Results<Ok<Guid>, NotFound>> RecordAsync(Guid id, EvaluationRequest request, EvaluationHandler handler, HttpContext http, CancellationToken ct) =>
        await handler.RecordAsync(id, request, http.User.ToActor(), ct) is { } e ? TypedResults.Ok(e.Id) : TypedResults.NotFound();
}
