using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Disputes.Screening.AssignLeader;

internal static class AssignLeaderEndpoint
{
    internal static void MapAssignLeader(this RouteGroupBuilder group) =>
        group.MapPost("/screening/findings/{id:guid}/leader", async (Guid id, AssignLeaderRequest request, AssignLeaderHandler handler, HttpContext http, CancellationToken ct) =>
                TypedResults.Ok(Fazhi.Modules.Disputes.Screening.FindingResponse.From(await handler.HandleAsync(http.User.ToActor(), id, request, ct))))
            .WhoMay<LeaderCaseAssignedByLeader>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("领导包案：班子成员包案化解，限期办结");
}
