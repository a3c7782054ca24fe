using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Disputes.Hotline.FollowUpTicket;

internal static class FollowUpTicketEndpoint
{
    internal static void MapFollowUpTicket(this RouteGroupBuilder group) =>
        group.MapPost("/hotline/tickets/{id:guid}/follow-up", async (Guid id, FollowUpTicketRequest request, FollowUpTicketHandler handler, HttpContext http, CancellationToken ct) =>
                TypedResults.Ok(Fazhi.Modules.Disputes.Hotline.TicketResponse.From(await handler.HandleAsync(http.User.ToActor(), id, request, ct))))
            .WhoMay<TicketFollowedUpByClerkOrLeader>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("回访来电人满意度后办结");
}
