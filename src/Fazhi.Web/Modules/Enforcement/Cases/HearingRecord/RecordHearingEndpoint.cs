using Fazhi.Modules.Enforcement.Cases.Record;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Fazhi.Modules.Enforcement.Cases.HearingRecord;

internal static class RecordHearingEndpoint
{
    internal static void MapRecordHearing(this RouteGroupBuilder group) =>
        group.MapPost("/cases/{id:guid}/hearing", async Task<Results<Ok<CaseResponse>, NotFound>> (Guid id, RecordHearingRequest request, RecordHearingHandler handler, HttpContext http, CancellationToken ct) =>
                await handler.HandleAsync(http.User.ToActor(), id, request, ct) is { } @case ? TypedResults.Ok(CaseResponse.From(@case)) : TypedResults.NotFound())
            .WhoMay<HearingRecordKeptByClerkOrLeader>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("听证笔录（第六十四条、第六十五条）");
}
