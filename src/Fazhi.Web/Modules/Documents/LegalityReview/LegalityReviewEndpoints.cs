using Fazhi.Modules.Documents.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Fazhi.Modules.Documents.LegalityReview;

internal sealed record ReviewResult(Guid ReviewId, int VersionNumber, string? Opinion);

internal static class LegalityReviewEndpoints
{
    internal static void MapLegalityReview(this RouteGroupBuilder group)
    {
        group.MapPost("/{id:guid}/legality-review", AssignAsync).WhoMay<LegalityReviewRequestedByClerkOrLeader>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("送合法性审核（法律顾问或县指定审核机构；5–15个工作日）");
        group.MapPost("/{id:guid}/legality-review/opinion", OpinionAsync).WhoMay<LegalityOpinionGivenByReviewer>().ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("出具合法性审核意见（合法/修改后合法/不合法）");
    }

    private static async Task<Results<Ok<ReviewResult>, NotFound, ValidationProblem>> AssignAsync(Guid id, AssignReviewRequest request, LegalityReviewHandler handler, HttpContext http, CancellationToken ct)
    {
        var (review, error) = await handler.AssignAsync(id, request, http.User.ToActor(), ct);
        if (error is not null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [request.ReviewerKind == ReviewerKind.LegalAdvisor ? "AdvisorUserName" : "CountyBodyName"] = [error] });
        }

        return review is null ? TypedResults.NotFound() : TypedResults.Ok(new ReviewResult(review.Id, review.VersionNumber, null));
    }

    private static async Task<Results<Ok<ReviewResult>, NotFound>> OpinionAsync(Guid id, OpinionRequest request, LegalityReviewHandler handler, HttpContext http, CancellationToken ct)
    {
        var review = await handler.GiveOpinionAsync(id, request, http.User.ToActor(), null, null, ct);
        return review is null ? TypedResults.NotFound() : TypedResults.Ok(new ReviewResult(review.Id, review.VersionNumber, DocumentLabels.Of(review.Opinion!.Value)));
    }
}
