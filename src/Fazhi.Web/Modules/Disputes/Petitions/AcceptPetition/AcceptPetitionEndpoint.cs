using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Disputes.Petitions.AcceptPetition;

internal static class AcceptPetitionEndpoint
{
    internal static void MapAcceptPetition(this RouteGroupBuilder group) =>
        group.MapPost("/petitions/{id:guid}/acceptance", async (Guid id, AcceptPetitionRequest request, AcceptPetitionHandler handler, HttpContext http, CancellationToken ct) =>
                TypedResults.Ok(Fazhi.Modules.Disputes.Petitions.PetitionResponse.From(await handler.HandleAsync(http.User.ToActor(), id, request, ct))))
            .WhoMay<PetitionAcceptedByClerkOrLeader>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("受理并书面告知信访人处理途径和程序（第二十三条）；申诉求决类按第三十一条导入相应程序");
}
