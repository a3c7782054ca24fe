using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Remedies.Cases.RecordHearing;

internal static class RecordHearingEndpoint
{
    internal static void MapRecordHearing(this RouteGroupBuilder group) =>
        group.MapPost("/cases/{id:guid}/hearing", async (Guid id, RecordHearingRequest request, RecordHearingHandler handler, CaseDesk desk, HttpContext http, CancellationToken ct) =>
                await handler.HandleAsync(http.User.ToActor(), id, request, ct) is { } c ? Results.Ok(await RemedyCaseResponse.ForAsync(c, desk.Deadlines, ct)) : Results.NotFound())
            .WhoMay<HearingsRecordedByClerkOrLeader>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("登记开庭（听证）和负责人出庭应诉情况");
}
