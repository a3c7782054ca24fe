using Fazhi.Modules.Decisions.Record;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Fazhi.Modules.Decisions.PublicParticipation.OpenComment;

internal static class OpenPublicCommentEndpoint
{
    internal static void MapOpenPublicComment(this RouteGroupBuilder group) =>
        group.MapPost("/{id:guid}/public-comment", async Task<Results<Ok<DecisionResponse>, NotFound>> (Guid id, OpenPublicCommentRequest request, OpenPublicCommentHandler handler, FazhiDbContext db, HttpContext http, CancellationToken ct) =>
                await handler.HandleAsync(http.User.ToActor(), id, request, ct) is { } decision ? TypedResults.Ok(await DecisionResponse.ForAsync(db, decision, ct)) : TypedResults.NotFound())
            .WhoMay<PublicCommentOpenedByClerkOrLeader>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("向社会公开征求意见（第15条）");
}
