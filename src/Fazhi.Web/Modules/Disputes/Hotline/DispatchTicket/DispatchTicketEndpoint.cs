using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Disputes.Hotline.DispatchTicket;

internal static class DispatchTicketEndpoint
{
    internal static void MapDispatchTicket(this RouteGroupBuilder group) =>
        group.MapPost("/hotline/tickets/{id:guid}/dispatch", async (Guid id, DispatchTicketRequest request, DispatchTicketHandler handler, HttpContext http, CancellationToken ct) =>
                TypedResults.Ok(Fazhi.Modules.Disputes.Hotline.TicketResponse.From(await handler.HandleAsync(http.User.ToActor(), id, request, ct))))
            .WhoMay<TicketDispatchedByClerkOrLeader>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("镇内派单到承办科室和承办人（一个平台分拨）");
}
