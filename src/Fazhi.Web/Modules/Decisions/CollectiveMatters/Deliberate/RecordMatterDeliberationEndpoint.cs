using Fazhi.Modules.Decisions.Meetings;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Fazhi.Modules.Decisions.CollectiveMatters.Deliberate;

internal static class RecordMatterDeliberationEndpoint
{
    internal static void MapRecordMatterDeliberation(this RouteGroupBuilder group) =>
        group.MapPost("/collective-matters/{id:guid}/meeting", async Task<Results<Ok<CollectiveMatterResponse>, NotFound>> (Guid id, MeetingRecordRequest request,
                RecordMatterDeliberationHandler handler, HttpContext http, CancellationToken ct) =>
                await handler.HandleAsync(http.User.ToActor(), id, request, ct) is { } matter ? TypedResults.Ok(CollectiveMatterResponse.From(matter)) : TypedResults.NotFound())
            .WhoMay<MatterDeliberationRecordedByClerkOrLeader>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("集体讨论决定（末位表态）");
}
