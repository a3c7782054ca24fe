using Fazhi.Modules.Enforcement.Cases.Record;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Fazhi.Modules.Enforcement.Cases.Notice;

internal static class NotifyPartyEndpoint
{
    internal static void MapNotifyParty(this RouteGroupBuilder group) =>
        group.MapPost("/cases/{id:guid}/notice", async Task<Results<Ok<CaseResponse>, NotFound>> (Guid id, NotifyPartyRequest request, NotifyPartyHandler handler, HttpContext http, CancellationToken ct) =>
                await handler.HandleAsync(http.User.ToActor(), id, request, ct) is { } @case ? TypedResults.Ok(CaseResponse.From(@case)) : TypedResults.NotFound())
            .WhoMay<PartyNotifiedByCaseHandlers>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("行政处罚事先告知（第四十四条）");
}
