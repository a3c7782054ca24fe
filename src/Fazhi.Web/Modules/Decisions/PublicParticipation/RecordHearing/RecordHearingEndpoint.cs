using Fazhi.Modules.Decisions.Record;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Fazhi.Modules.Decisions.PublicParticipation.RecordHearing;

internal static class RecordHearingEndpoint
{
    internal static void MapRecordHearing(this RouteGroupBuilder group) =>
        group.MapPost("/{id:guid}/hearings/{hearingId:guid}/record", async Task<Results<Ok<DecisionResponse>, NotFound>> (Guid id, Guid hearingId, RecordHearingRequest request, RecordHearingHandler handler, FazhiDbContext db, HttpContext http, CancellationToken ct) =>
                await handler.HandleAsync(http.User.ToActor(), id, hearingId, request, ct) is { } decision ? TypedResults.Ok(await DecisionResponse.ForAsync(db, decision, ct)) : TypedResults.NotFound())
            .WhoMay<HearingRecordedByClerkOrLeader>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("听证笔录（第17条）");
}
