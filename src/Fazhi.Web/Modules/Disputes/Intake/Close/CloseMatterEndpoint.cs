using Fazhi.Modules.Disputes.Intake.Record;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Disputes.Intake.Close;

internal static class CloseMatterEndpoint
{
    internal static void MapCloseMatter(this RouteGroupBuilder group) =>
        group.MapPost("/matters/{id:guid}/closing", async (Guid id, CloseMatterRequest request, CloseMatterHandler handler, HttpContext http, CancellationToken ct) =>
                TypedResults.Ok(MatterResponse.From(await handler.HandleAsync(http.User.ToActor(), id, request, ct))))
            .WhoMay<MatterClosedByClerkOrLeader>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("办结（已答复的诉求）");
}
