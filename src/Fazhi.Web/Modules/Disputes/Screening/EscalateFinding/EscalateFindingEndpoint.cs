using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Disputes.Screening.EscalateFinding;

internal static class EscalateFindingEndpoint
{
    internal static void MapEscalateFinding(this RouteGroupBuilder group) =>
        group.MapPost("/screening/findings/{id:guid}/escalation", async (Guid id, EscalateFindingRequest request, EscalateFindingHandler handler, HttpContext http, CancellationToken ct) =>
                TypedResults.Ok(Fazhi.Modules.Disputes.Screening.FindingResponse.From(await handler.HandleAsync(http.User.ToActor(), id, request, ct))))
            .WhoMay<FindingEscalatedByClerkOrLeader>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("上报或移交有关机关（本级难以化解的矛盾纠纷）");
}
