using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Disputes.Mediation.Committees.ReleaseMediator;

internal static class ReleaseMediatorEndpoint
{
    internal static void MapReleaseMediator(this RouteGroupBuilder group) =>
        group.MapPost("/mediation/committees/{id:guid}/releases", async (Guid id, ReleaseMediatorRequest request, ReleaseMediatorHandler handler, HttpContext http, CancellationToken ct) =>
                TypedResults.Ok(Fazhi.Modules.Disputes.Mediation.Committees.CommitteeResponse.From(await handler.HandleAsync(http.User.ToActor(), id, request, ct))))
            .WhoMay<MediatorReleasedByClerkOrLeader>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("委员或调解员离任（委员不足三人、无主任或无妇女成员的须先补选）");
}
