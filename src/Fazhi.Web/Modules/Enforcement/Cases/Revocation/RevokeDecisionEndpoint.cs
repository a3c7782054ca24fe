using Fazhi.Modules.Enforcement.Cases.Record;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Fazhi.Modules.Enforcement.Cases.Revocation;

internal static class RevokeDecisionEndpoint
{
    internal static void MapRevokeDecision(this RouteGroupBuilder group) =>
        group.MapPost("/cases/{id:guid}/revocation", async Task<Results<Ok<CaseResponse>, NotFound>> (Guid id, RevokeDecisionRequest request, RevokeDecisionHandler handler, HttpContext http, CancellationToken ct) =>
                await handler.HandleAsync(http.User.ToActor(), id, request, ct) is { } @case ? TypedResults.Ok(CaseResponse.From(@case)) : TypedResults.NotFound())
            .WhoMay<DecisionRevokedByResponsiblePerson>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("撤销处罚决定");
}
