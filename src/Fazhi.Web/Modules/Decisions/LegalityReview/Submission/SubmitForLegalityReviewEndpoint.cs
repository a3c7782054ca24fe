using Fazhi.Modules.Decisions.Record;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Fazhi.Modules.Decisions.LegalityReview.Submission;

internal static class SubmitForLegalityReviewEndpoint
{
    internal static void MapSubmitForLegalityReview(this RouteGroupBuilder group) =>
        group.MapPost("/{id:guid}/legality-review-request", async Task<Results<Ok<DecisionResponse>, NotFound>> (Guid id, SubmitForLegalityReviewRequest request, SubmitForLegalityReviewHandler handler, FazhiDbContext db, HttpContext http, CancellationToken ct) =>
                await handler.HandleAsync(http.User.ToActor(), id, request, ct) is { } decision ? TypedResults.Ok(await DecisionResponse.ForAsync(db, decision, ct)) : TypedResults.NotFound())
            .WhoMay<LegalityReviewRequestedByClerkOrLeader>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("送请合法性审查（第26条：不少于7个工作日）");
}
