using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Fazhi.Modules.Documents.Deliberation;

internal static class DeliberationEndpoints
{
    internal static void MapDeliberation(this RouteGroupBuilder group) =>
        group.MapPost("/{id:guid}/deliberation", RecordAsync).WhoMay<DeliberationRecordedByClerkOrLeader>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("记录集体审议（须当前版本合法性审核通过）");

    private static async Task<Results<Ok<Guid>, NotFound>> RecordAsync(Guid id, DeliberationRequest request, DeliberationHandler handler, HttpContext http, CancellationToken ct) =>
        await handler.RecordAsync(id, request, http.User.ToActor(), null, null, ct) is { } d ? TypedResults.Ok(d.Id) : TypedResults.NotFound();
}
