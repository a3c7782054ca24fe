using Fazhi.Modules.Decisions.Record;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Fazhi.Modules.Decisions.PublicParticipation.ScheduleHearing;

internal static class ScheduleHearingEndpoint
{
    internal static void MapScheduleHearing(this RouteGroupBuilder group) =>
        group.MapPost("/{id:guid}/hearings", async Task<Results<Ok<DecisionResponse>, NotFound>> (Guid id, ScheduleHearingRequest request, ScheduleHearingHandler handler, FazhiDbContext db, HttpContext http, CancellationToken ct) =>
                await handler.HandleAsync(http.User.ToActor(), id, request, ct) is { } decision ? TypedResults.Ok(await DecisionResponse.ForAsync(db, decision, ct)) : TypedResults.NotFound())
            .WhoMay<HearingScheduledByClerkOrLeader>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("安排听证会（第16条）");
}
