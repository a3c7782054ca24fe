using Fazhi.Modules.Enforcement.Cases.Record;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Fazhi.Modules.Enforcement.Cases.LegalReview.Submission;

internal static class SubmitForLegalReviewEndpoint
{
    internal static void MapSubmitForLegalReview(this RouteGroupBuilder group) =>
        group.MapPost("/cases/{id:guid}/legal-review-request", async Task<Results<Ok<CaseResponse>, NotFound>> (Guid id, SubmitForLegalReviewRequest request, SubmitForLegalReviewHandler handler, HttpContext http, CancellationToken ct) =>
                await handler.HandleAsync(http.User.ToActor(), id, request, ct) is { } @case ? TypedResults.Ok(CaseResponse.From(@case)) : TypedResults.NotFound())
            .WhoMay<LegalReviewRequestedByCaseHandlers>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("提请法制审核（第五十八条）");
}
