using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Disputes.Hotline.ExtendTicket;

internal static class ExtendTicketEndpoint
{
    internal static void MapExtendTicket(this RouteGroupBuilder group) =>
        group.MapPost("/hotline/tickets/{id:guid}/extension", async (Guid id, ExtendTicketRequest request, ExtendTicketHandler handler, HttpContext http, CancellationToken ct) =>
                TypedResults.Ok(Fazhi.Modules.Disputes.Hotline.TicketResponse.From(await handler.HandleAsync(http.User.ToActor(), id, request, ct))))
            .WhoMay<TicketExtendedByLeader>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("经热线中心同意、镇领导批准延长办理期限并告知来电人");
}
