using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Disputes.Petitions.DeclinePetition;

internal static class DeclinePetitionEndpoint
{
    internal static void MapDeclinePetition(this RouteGroupBuilder group) =>
        group.MapPost("/petitions/{id:guid}/decline", async (Guid id, DeclinePetitionRequest request, DeclinePetitionHandler handler, HttpContext http, CancellationToken ct) =>
                TypedResults.Ok(Fazhi.Modules.Disputes.Petitions.PetitionResponse.From(await handler.HandleAsync(http.User.ToActor(), id, request, ct))))
            .WhoMay<PetitionDeclinedByClerkOrLeader>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("同一信访事项已由其他机关受理或正在办理的，不予受理（第十九条第三款）");
}
