using Fazhi.Modules.Enforcement.Cases.Record;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Fazhi.Modules.Enforcement.Cases.Service;

internal static class ServeDecisionEndpoint
{
    internal static void MapServeDecision(this RouteGroupBuilder group) =>
        group.MapPost("/cases/{id:guid}/service", async Task<Results<Ok<CaseResponse>, NotFound>> (Guid id, ServeDecisionRequest request, ServeDecisionHandler handler, HttpContext http, CancellationToken ct) =>
                await handler.HandleAsync(http.User.ToActor(), id, request, ct) is { } @case ? TypedResults.Ok(CaseResponse.From(@case)) : TypedResults.NotFound())
            .WhoMay<DecisionServedByCaseHandlers>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("送达（第六十一条）");
}
