using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Disputes.Hotline.ReplyTicket;

internal static class ReplyTicketEndpoint
{
    internal static void MapReplyTicket(this RouteGroupBuilder group) =>
        group.MapPost("/hotline/tickets/{id:guid}/reply", async (Guid id, ReplyTicketRequest request, ReplyTicketHandler handler, HttpContext http, CancellationToken ct) =>
                TypedResults.Ok(Fazhi.Modules.Disputes.Hotline.TicketResponse.From(await handler.HandleAsync(http.User.ToActor(), id, request, ct))))
            .WhoMay<TicketAnsweredByStaff>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("承办人答复来电人并报热线平台");
}
