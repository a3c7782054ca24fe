using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Remedies.Cases.RecordOutcome;

internal static class RecordOutcomeEndpoint
{
    internal static void MapRecordOutcome(this RouteGroupBuilder group) =>
        group.MapPost("/cases/{id:guid}/outcome", async (Guid id, RecordOutcomeRequest request, RecordOutcomeHandler handler, CaseDesk desk, HttpContext http, CancellationToken ct) =>
                await handler.HandleAsync(http.User.ToActor(), id, request, ct) is { } c ? Results.Ok(await RemedyCaseResponse.ForAsync(c, desk.Deadlines, ct)) : Results.NotFound())
            .WhoMay<OutcomesRecordedByClerkOrLeader>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("登记复议决定或裁判结果");
}
