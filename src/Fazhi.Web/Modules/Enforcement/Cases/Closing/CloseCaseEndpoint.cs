using Fazhi.Modules.Enforcement.Cases.Record;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Fazhi.Modules.Enforcement.Cases.Closing;

internal static class CloseCaseEndpoint
{
    internal static void MapCloseCase(this RouteGroupBuilder group) =>
        group.MapPost("/cases/{id:guid}/closing", async Task<Results<Ok<CaseResponse>, NotFound>> (Guid id, CloseCaseRequest request, CloseCaseHandler handler, HttpContext http, CancellationToken ct) =>
                await handler.HandleAsync(http.User.ToActor(), id, request, ct) is { } @case ? TypedResults.Ok(CaseResponse.From(@case)) : TypedResults.NotFound())
            .WhoMay<CaseClosedByClerkOrLeader>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("结案（案卷检查）");
}
