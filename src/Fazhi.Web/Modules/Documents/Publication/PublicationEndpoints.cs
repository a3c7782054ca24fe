using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Fazhi.Modules.Documents.Publication;

internal sealed record PublicationResult(DateOnly PublishedOn, string IndexNumber, DateOnly ValidUntil);

internal static class PublicationEndpoints
{
    internal static void MapPublication(this RouteGroupBuilder group) =>
        group.MapPost("/{id:guid}/publication", PublishAsync).WhoMay<PublicationByClerkOrLeader>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("在门户公布（须经集体审议、统一编号并签发）");

    private static async Task<Results<Ok<PublicationResult>, NotFound>> PublishAsync(Guid id, PublishRequest request, PublicationHandler handler, HttpContext http, CancellationToken ct) =>
        await handler.PublishAsync(id, request, http.User.ToActor(), ct) is { } d
            ? TypedResults.Ok(new PublicationResult(d.PublishedOn!.Value, d.IndexNumber!, d.ValidUntil!.Value))
            : TypedResults.NotFound();
}
