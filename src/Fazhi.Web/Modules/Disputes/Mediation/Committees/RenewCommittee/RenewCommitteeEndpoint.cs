using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Disputes.Mediation.Committees.RenewCommittee;

internal static class RenewCommitteeEndpoint
{
    internal static void MapRenewCommittee(this RouteGroupBuilder group) =>
        group.MapPost("/mediation/committees/{id:guid}/renewal", async (Guid id, RenewCommitteeRequest request, RenewCommitteeHandler handler, HttpContext http, CancellationToken ct) =>
                TypedResults.Ok(Fazhi.Modules.Disputes.Mediation.Committees.CommitteeResponse.From(await handler.HandleAsync(http.User.ToActor(), id, request, ct))))
            .WhoMay<CommitteeRenewedByClerkOrLeader>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("换届：登记新一届委员（任期三年）");
}
