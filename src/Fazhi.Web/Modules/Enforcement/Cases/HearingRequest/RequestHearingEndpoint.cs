using Fazhi.Modules.Enforcement.Cases.Record;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Fazhi.Modules.Enforcement.Cases.HearingRequest;

internal static class RequestHearingEndpoint
{
    internal static void MapRequestHearing(this RouteGroupBuilder group) =>
        group.MapPost("/cases/{id:guid}/hearing-request", async Task<Results<Ok<CaseResponse>, NotFound>> (Guid id, RequestHearingRequest request, RequestHearingHandler handler, HttpContext http, CancellationToken ct) =>
                await handler.HandleAsync(http.User.ToActor(), id, request, ct) is { } @case ? TypedResults.Ok(CaseResponse.From(@case)) : TypedResults.NotFound())
            .WhoMay<HearingRequestRecordedByCaseHandlers>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("当事人要求听证（第六十四条）");
}
