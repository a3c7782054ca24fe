using Fazhi.Modules.Disputes.Intake.Record;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Disputes.Intake.Route;

internal static class RouteMatterEndpoint
{
    internal static void MapRouteMatter(this RouteGroupBuilder group) =>
        group.MapPost("/matters/{id:guid}/assignment", async (Guid id, RouteMatterRequest request, RouteMatterHandler handler, HttpContext http, CancellationToken ct) =>
                TypedResults.Ok(MatterResponse.From(await handler.HandleAsync(http.User.ToActor(), id, request, ct))))
            .WhoMay<MatterRoutedByClerkOrLeader>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("分办到承办科室和承办人");
}
