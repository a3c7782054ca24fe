using Fazhi.Modules.Enforcement.Cases.Record;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Fazhi.Modules.Enforcement.Cases.Discussion;

internal static class RecordDiscussionEndpoint
{
    internal static void MapRecordDiscussion(this RouteGroupBuilder group) =>
        group.MapPost("/cases/{id:guid}/discussion", async Task<Results<Ok<CaseResponse>, NotFound>> (Guid id, RecordDiscussionRequest request, RecordDiscussionHandler handler, HttpContext http, CancellationToken ct) =>
                await handler.HandleAsync(http.User.ToActor(), id, request, ct) is { } @case ? TypedResults.Ok(CaseResponse.From(@case)) : TypedResults.NotFound())
            .WhoMay<CollectiveDiscussionByLeaders>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("负责人集体讨论（第五十七条）");
}
