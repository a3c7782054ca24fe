using Fazhi.Modules.Enforcement.Cases.Record;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Fazhi.Modules.Enforcement.Cases.Decision;

internal static class DecidePenaltyEndpoint
{
    internal static void MapDecidePenalty(this RouteGroupBuilder group) =>
        group.MapPost("/cases/{id:guid}/decision", async Task<Results<Ok<CaseResponse>, NotFound>> (Guid id, DecidePenaltyRequest request, DecidePenaltyHandler handler, HttpContext http, CancellationToken ct) =>
                await handler.HandleAsync(http.User.ToActor(), id, request, ct) is { } @case ? TypedResults.Ok(CaseResponse.From(@case)) : TypedResults.NotFound())
            .WhoMay<PenaltyDecidedByResponsiblePerson>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("作出行政处罚决定（第五十七条）");
}
