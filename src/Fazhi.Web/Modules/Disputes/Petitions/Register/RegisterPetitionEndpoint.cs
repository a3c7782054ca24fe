using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Disputes.Petitions.Register;

internal static class RegisterPetitionEndpoint
{
    internal static void MapRegisterPetition(this RouteGroupBuilder group) =>
        group.MapPost("/petitions", async (RegisterPetitionRequest request, RegisterPetitionHandler handler, HttpContext http, CancellationToken ct) =>
            {
                var p = await handler.HandleAsync(http.User.ToActor(), request, ct);
                return TypedResults.Created($"/api/workspace/disputes/petitions/{p.Id}", PetitionResponse.From(p));
            })
            .WhoMay<PetitionRegisteredByClerkOrLeader>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("登记信访事项（直接提出，或信访部门、上级机关转送交办）");
}
