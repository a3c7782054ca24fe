using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Disputes.Hotline.ReturnTicket;

internal static class ReturnTicketEndpoint
{
    internal static void MapReturnTicket(this RouteGroupBuilder group) =>
        group.MapPost("/hotline/tickets/{id:guid}/return", async (Guid id, ReturnTicketRequest request, ReturnTicketHandler handler, HttpContext http, CancellationToken ct) =>
                TypedResults.Ok(Fazhi.Modules.Disputes.Hotline.TicketResponse.From(await handler.HandleAsync(http.User.ToActor(), id, request, ct))))
            .WhoMay<TicketReturnedByClerkOrLeader>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("不属本镇职责的工单退回热线中心并说明理由");
}
