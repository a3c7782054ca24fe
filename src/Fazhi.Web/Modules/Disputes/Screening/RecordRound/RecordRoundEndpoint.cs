using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Disputes.Screening.RecordRound;

internal static class RecordRoundEndpoint
{
    internal static void MapRecordRound(this RouteGroupBuilder group) =>
        group.MapPost("/screening/rounds", async (RecordRoundRequest request, RecordRoundHandler handler, HttpContext http, CancellationToken ct) =>
            {
                var round = await handler.HandleAsync(http.User.ToActor(), request, ct);
                return TypedResults.Created($"/api/workspace/disputes/screening/rounds/{round.Id}", RoundResponse.From(round));
            })
            .WhoMay<RoundRecordedByClerkOrLeader>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("登记一次矛盾纠纷排查及排查发现的纠纷");
}
