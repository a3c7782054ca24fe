using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Disputes.Mediation.Cases.TerminateMediation;

internal static class TerminateMediationEndpoint
{
    internal static void MapTerminateMediation(this RouteGroupBuilder group) =>
        group.MapPost("/mediation/cases/{id:guid}/termination", async (Guid id, TerminateMediationRequest request, TerminateMediationHandler handler, HttpContext http, CancellationToken ct) =>
                TypedResults.Ok(Fazhi.Modules.Disputes.Mediation.Cases.CaseResponse.From(await handler.HandleAsync(http.User.ToActor(), id, request, ct))))
            .WhoMay<MediationTerminatedByClerkOrLeader>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("调解不成，终止调解并告知其他途径（第二十六条）");
}
