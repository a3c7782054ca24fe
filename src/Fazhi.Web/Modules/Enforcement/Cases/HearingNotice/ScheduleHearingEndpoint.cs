using Fazhi.Modules.Enforcement.Cases.Record;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Fazhi.Modules.Enforcement.Cases.HearingNotice;

internal static class ScheduleHearingEndpoint
{
    internal static void MapScheduleHearing(this RouteGroupBuilder group) =>
        group.MapPost("/cases/{id:guid}/hearing-notice", async Task<Results<Ok<CaseResponse>, NotFound>> (Guid id, ScheduleHearingRequest request, ScheduleHearingHandler handler, HttpContext http, CancellationToken ct) =>
                await handler.HandleAsync(http.User.ToActor(), id, request, ct) is { } @case ? TypedResults.Ok(CaseResponse.From(@case)) : TypedResults.NotFound())
            .WhoMay<HearingOrganisedByClerkOrLeader>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("通知听证（第六十四条）");
}
