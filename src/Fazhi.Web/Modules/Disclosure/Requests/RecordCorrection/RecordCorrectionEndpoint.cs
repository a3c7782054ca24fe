using Fazhi.Modules.Disclosure.Requests.Record;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Disclosure.Requests.RecordCorrection;

internal static class RecordCorrectionEndpoint
{
    internal static void MapRecordCorrection(this RouteGroupBuilder group) =>
        group.MapPost("/requests/{id:guid}/corrected", async (Guid id, RecordCorrectionRequest request, RecordCorrectionHandler handler, HttpContext http, CancellationToken ct) =>
                await handler.HandleAsync(http.User.ToActor(), id, request, ct) is { } r ? Results.Ok(RequestResponse.From(r)) : Results.NotFound())
            .WhoMay<CorrectionRecordedByClerkOrLeader>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("登记补正申请（第三十条）");
}
