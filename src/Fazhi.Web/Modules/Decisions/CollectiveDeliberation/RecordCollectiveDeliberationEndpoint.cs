using Fazhi.Modules.Decisions.Meetings;
using Fazhi.Modules.Decisions.Record;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Fazhi.Modules.Decisions.CollectiveDeliberation;

internal static class RecordCollectiveDeliberationEndpoint
{
    internal static void MapRecordCollectiveDeliberation(this RouteGroupBuilder group) =>
        group.MapPost("/{id:guid}/collective-decision", async Task<Results<Ok<DecisionResponse>, NotFound>> (Guid id, MeetingRecordRequest request, RecordCollectiveDeliberationHandler handler, FazhiDbContext db, HttpContext http, CancellationToken ct) =>
                await handler.HandleAsync(http.User.ToActor(), id, request, ct) is { } decision ? TypedResults.Ok(await DecisionResponse.ForAsync(db, decision, ct)) : TypedResults.NotFound())
            .WhoMay<CollectiveDeliberationRecordedByClerkOrLeader>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("集体讨论决定（第30条：行政首长末位表态）");
}
