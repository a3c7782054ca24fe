using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Disputes.Mediation.Committees.AppointMediator;

internal static class AppointMediatorEndpoint
{
    internal static void MapAppointMediator(this RouteGroupBuilder group) =>
        group.MapPost("/mediation/committees/{id:guid}/appointments", async (Guid id, AppointMediatorRequest request, AppointMediatorHandler handler, HttpContext http, CancellationToken ct) =>
                TypedResults.Ok(Fazhi.Modules.Disputes.Mediation.Committees.CommitteeResponse.From(await handler.HandleAsync(http.User.ToActor(), id, request, ct))))
            .WhoMay<MediatorAppointedByClerkOrLeader>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("聘任人民调解员（第十三条），如村居法律顾问、律师");
}
