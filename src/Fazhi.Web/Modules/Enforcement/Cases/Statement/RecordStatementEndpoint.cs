using Fazhi.Modules.Enforcement.Cases.Record;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Fazhi.Modules.Enforcement.Cases.Statement;

internal static class RecordStatementEndpoint
{
    internal static void MapRecordStatement(this RouteGroupBuilder group) =>
        group.MapPost("/cases/{id:guid}/statement", async Task<Results<Ok<CaseResponse>, NotFound>> (Guid id, RecordStatementRequest request, RecordStatementHandler handler, HttpContext http, CancellationToken ct) =>
                await handler.HandleAsync(http.User.ToActor(), id, request, ct) is { } @case ? TypedResults.Ok(CaseResponse.From(@case)) : TypedResults.NotFound())
            .WhoMay<StatementRecordedByCaseHandlers>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("记录陈述申辩（第四十五条）");
}
