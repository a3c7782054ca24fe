using Fazhi.Modules.Decisions.Record;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Fazhi.Modules.Decisions.LegalityReview.Opinion;

internal static class GiveLegalityReviewOpinionEndpoint
{
    internal static void MapGiveLegalityReviewOpinion(this RouteGroupBuilder group) =>
        group.MapPost("/{id:guid}/legality-review", async Task<Results<Ok<DecisionResponse>, NotFound>> (Guid id, GiveLegalityReviewOpinionRequest request, GiveLegalityReviewOpinionHandler handler, FazhiDbContext db, HttpContext http, CancellationToken ct) =>
                await handler.HandleAsync(http.User.ToActor(), id, request, ct) is { } decision ? TypedResults.Ok(await DecisionResponse.ForAsync(db, decision, ct)) : TypedResults.NotFound())
            .WhoMay<LegalityReviewOpinionGivenByAdvisorOrClerk>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("合法性审查意见（第27–28条）");
}
