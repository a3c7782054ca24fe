using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Disputes.Petitions.RequestReview;

internal static class RequestReviewEndpoint
{
    internal static void MapRequestReview(this RouteGroupBuilder group) =>
        group.MapPost("/petitions/{id:guid}/review-request", async (Guid id, RequestReviewRequest request, RequestReviewHandler handler, HttpContext http, CancellationToken ct) =>
                TypedResults.Ok(Fazhi.Modules.Disputes.Petitions.PetitionResponse.From(await handler.HandleAsync(http.User.ToActor(), id, request, ct))))
            .WhoMay<ReviewRequestRecordedByClerkOrLeader>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("登记信访人请求复查（第三十五条）或复核（第三十六条）");
}
