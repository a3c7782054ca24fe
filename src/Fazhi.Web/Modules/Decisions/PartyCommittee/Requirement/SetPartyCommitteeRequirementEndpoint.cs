using Fazhi.Modules.Decisions.Record;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Fazhi.Modules.Decisions.PartyCommittee.Requirement;

internal static class SetPartyCommitteeRequirementEndpoint
{
    internal static void MapSetPartyCommitteeRequirement(this RouteGroupBuilder group) =>
        group.MapPost("/{id:guid}/party-committee-requirement", async Task<Results<Ok<DecisionResponse>, NotFound>> (Guid id, SetPartyCommitteeRequirementRequest request, SetPartyCommitteeRequirementHandler handler, FazhiDbContext db, HttpContext http, CancellationToken ct) =>
                await handler.HandleAsync(http.User.ToActor(), id, request, ct) is { } decision ? TypedResults.Ok(await DecisionResponse.ForAsync(db, decision, ct)) : TypedResults.NotFound())
            .WhoMay<PartyCommitteeRequirementSetByClerkOrLeader>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("是否须报请同级党委同意（第31条）");
}
