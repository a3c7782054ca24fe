using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Disputes.Petitions.ExtendPetition;

internal static class ExtendPetitionEndpoint
{
    internal static void MapExtendPetition(this RouteGroupBuilder group) =>
        group.MapPost("/petitions/{id:guid}/extension", async (Guid id, ExtendPetitionRequest request, ExtendPetitionHandler handler, HttpContext http, CancellationToken ct) =>
                TypedResults.Ok(Fazhi.Modules.Disputes.Petitions.PetitionResponse.From(await handler.HandleAsync(http.User.ToActor(), id, request, ct))))
            .WhoMay<PetitionExtendedByLeader>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("情况复杂的，经负责人批准延长办理期限（不超过30日）并告知信访人（第三十四条）");
}
