using Fazhi.Modules.Enforcement.Cases.Record;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Fazhi.Modules.Enforcement.Cases.Execution;

internal static class RecordExecutionEndpoint
{
    internal static void MapRecordExecution(this RouteGroupBuilder group) =>
        group.MapPost("/cases/{id:guid}/execution", async Task<Results<Ok<CaseResponse>, NotFound>> (Guid id, RecordExecutionRequest request, RecordExecutionHandler handler, HttpContext http, CancellationToken ct) =>
                await handler.HandleAsync(http.User.ToActor(), id, request, ct) is { } @case ? TypedResults.Ok(CaseResponse.From(@case)) : TypedResults.NotFound())
            .WhoMay<ExecutionRecordedByCaseHandlers>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("执行（缴纳罚款，第六十七条）");
}
