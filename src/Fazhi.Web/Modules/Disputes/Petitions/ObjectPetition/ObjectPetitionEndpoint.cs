using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Disputes.Petitions.ObjectPetition;

internal static class ObjectPetitionEndpoint
{
    internal static void MapObjectPetition(this RouteGroupBuilder group) =>
        group.MapPost("/petitions/{id:guid}/objection", async (Guid id, ObjectPetitionRequest request, ObjectPetitionHandler handler, HttpContext http, CancellationToken ct) =>
                TypedResults.Ok(Fazhi.Modules.Disputes.Petitions.PetitionResponse.From(await handler.HandleAsync(http.User.ToActor(), id, request, ct))))
            .WhoMay<PetitionObjectedByClerkOrLeader>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("转送交办事项不属本镇职权的，5个工作日内提出异议（第二十三条第三款）");
}
