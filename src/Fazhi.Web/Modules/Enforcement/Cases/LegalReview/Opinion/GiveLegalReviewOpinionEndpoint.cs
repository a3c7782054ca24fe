using Fazhi.Modules.Enforcement.Cases.Record;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Fazhi.Modules.Enforcement.Cases.LegalReview.Opinion;

internal static class GiveLegalReviewOpinionEndpoint
{
    internal static void MapGiveLegalReviewOpinion(this RouteGroupBuilder group) =>
        group.MapPost("/cases/{id:guid}/legal-review", async Task<Results<Ok<CaseResponse>, NotFound>> (Guid id, GiveLegalReviewOpinionRequest request, GiveLegalReviewOpinionHandler handler, HttpContext http, CancellationToken ct) =>
                await handler.HandleAsync(http.User.ToActor(), id, request, ct) is { } @case ? TypedResults.Ok(CaseResponse.From(@case)) : TypedResults.NotFound())
            .WhoMay<LegalReviewByReviewers>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("法制审核意见（第五十八条）");
}
