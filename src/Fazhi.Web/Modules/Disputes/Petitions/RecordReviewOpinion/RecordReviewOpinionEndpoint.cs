using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Disputes.Petitions.RecordReviewOpinion;

internal static class RecordReviewOpinionEndpoint
{
    internal static void MapRecordReviewOpinion(this RouteGroupBuilder group) =>
        group.MapPost("/petitions/{id:guid}/review-opinion", async (Guid id, RecordReviewOpinionRequest request, RecordReviewOpinionHandler handler, HttpContext http, CancellationToken ct) =>
                TypedResults.Ok(Fazhi.Modules.Disputes.Petitions.PetitionResponse.From(await handler.HandleAsync(http.User.ToActor(), id, request, ct))))
            .WhoMay<ReviewOpinionRecordedByClerkOrLeader>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("登记上一级机关的复查、复核意见");
}
