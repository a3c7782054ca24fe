using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Disputes.Mediation.Cases.AssignMediators;

internal static class AssignMediatorsEndpoint
{
    internal static void MapAssignMediators(this RouteGroupBuilder group) =>
        group.MapPost("/mediation/cases/{id:guid}/mediators", async (Guid id, AssignMediatorsRequest request, AssignMediatorsHandler handler, HttpContext http, CancellationToken ct) =>
                TypedResults.Ok(Fazhi.Modules.Disputes.Mediation.Cases.CaseResponse.From(await handler.HandleAsync(http.User.ToActor(), id, request, ct))))
            .WhoMay<MediatorsAssignedByClerkOrLeader>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("指定或由当事人选择人民调解员（第十九条）");
}
