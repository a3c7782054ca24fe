using Fazhi.Modules.Documents.Model;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Fazhi.Modules.Documents.Evaluation;

internal static class EvaluationEndpoints
{
    internal static void MapEvaluation(this RouteGroupBuilder group) =>
        group.MapPost("/{id:guid}/evaluations", RecordAsync).ProducesValidationProblem().WithSummary("记录实施效果评估");

    private static async Task<Results<Ok<Guid>, NotFound>> RecordAsync(Guid id, EvaluationRequest request, EvaluationHandler handler, HttpContext http, CancellationToken ct) =>
        await handler.RecordAsync(id, request, http.User.Actor(), ct) is { } e ? TypedResults.Ok(e.Id) : TypedResults.NotFound();
}
