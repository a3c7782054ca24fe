using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Disputes.Petitions.TransferPetition;

internal static class TransferPetitionEndpoint
{
    internal static void MapTransferPetition(this RouteGroupBuilder group) =>
        group.MapPost("/petitions/{id:guid}/transfer", async (Guid id, TransferPetitionRequest request, TransferPetitionHandler handler, HttpContext http, CancellationToken ct) =>
                TypedResults.Ok(Fazhi.Modules.Disputes.Petitions.PetitionResponse.From(await handler.HandleAsync(http.User.ToActor(), id, request, ct))))
            .WhoMay<PetitionTransferredByClerkOrLeader>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("转送有权处理的机关并告知信访人去向（第二十三条第一款）");
}
