using Fazhi.Modules.Enforcement.Cases.Record;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Fazhi.Modules.Enforcement.Cases.Publication;

internal static class PublishPenaltyEndpoint
{
    internal static void MapPublishPenalty(this RouteGroupBuilder group) =>
        group.MapPost("/cases/{id:guid}/publication", async Task<Results<Ok<CaseResponse>, NotFound>> (Guid id, PublishPenaltyRequest request, PublishPenaltyHandler handler, HttpContext http, CancellationToken ct) =>
                await handler.HandleAsync(http.User.ToActor(), id, request, ct) is { } @case ? TypedResults.Ok(CaseResponse.From(@case)) : TypedResults.NotFound())
            .WhoMay<PenaltyPublishedByClerkOrLeader>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("事后公示（第四十八条）");
}
