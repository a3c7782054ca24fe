using Fazhi.Modules.Consultation.Contracts;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Fazhi.Modules.Documents.PublicComment;

internal static class PublicCommentEndpoints
{
    internal static void MapPublicComment(this RouteGroupBuilder group)
    {
        group.MapPost("/{id:guid}/public-comment", OpenAsync).WhoMay<PublicCommentRunByClerkOrLeader>().ProducesProblem(StatusCodes.Status409Conflict).WithSummary("在门户公开征求意见（7个工作日；涉及市场主体30日）");
        group.MapPost("/{id:guid}/public-comment/complete", CompleteAsync).WhoMay<PublicCommentRunByClerkOrLeader>().ProducesProblem(StatusCodes.Status409Conflict).WithSummary("采纳情况公布后结束征求意见");
    }

    private static async Task<Results<Ok<ConsultationInfo>, NotFound>> OpenAsync(Guid id, PublicCommentHandler handler, HttpContext http, CancellationToken ct) =>
        await handler.OpenAsync(id, http.User.ToActor(), ct) is { } info ? TypedResults.Ok(info) : TypedResults.NotFound();

    private static async Task<Results<NoContent, NotFound>> CompleteAsync(Guid id, PublicCommentHandler handler, HttpContext http, CancellationToken ct) =>
        await handler.CompleteAsync(id, http.User.ToActor(), ct) is null ? TypedResults.NotFound() : TypedResults.NoContent();
}
