using Fazhi.Modules.Decisions.Record;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Fazhi.Modules.Decisions.ExpertReview;

internal static class AddExpertOpinionEndpoint
{
    internal static void MapAddExpertOpinion(this RouteGroupBuilder group) =>
        group.MapPost("/{id:guid}/expert-opinions", async Task<Results<Ok<DecisionResponse>, NotFound>> (Guid id, AddExpertOpinionRequest request, AddExpertOpinionHandler handler, FazhiDbContext db, HttpContext http, CancellationToken ct) =>
                await handler.HandleAsync(http.User.ToActor(), id, request, ct) is { } decision ? TypedResults.Ok(await DecisionResponse.ForAsync(db, decision, ct)) : TypedResults.NotFound())
            .WhoMay<ExpertOpinionsRecordedByClerkOrLeader>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("专家论证意见（第19–20条）");
}
