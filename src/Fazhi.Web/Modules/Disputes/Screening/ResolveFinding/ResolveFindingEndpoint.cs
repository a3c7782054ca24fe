using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Disputes.Screening.ResolveFinding;

internal static class ResolveFindingEndpoint
{
    internal static void MapResolveFinding(this RouteGroupBuilder group) =>
        group.MapPost("/screening/findings/{id:guid}/resolution", async (Guid id, ResolveFindingRequest request, ResolveFindingHandler handler, HttpContext http, CancellationToken ct) =>
                TypedResults.Ok(Fazhi.Modules.Disputes.Screening.FindingResponse.From(await handler.HandleAsync(http.User.ToActor(), id, request, ct))))
            .WhoMay<FindingResolvedByStaff>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("登记排查发现的矛盾纠纷已化解");
}
