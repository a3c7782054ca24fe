using Fazhi.Modules.Disclosure.Requests.Record;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Disclosure.Requests.RequestCorrection;

internal static class RequestCorrectionEndpoint
{
    internal static void MapRequestCorrection(this RouteGroupBuilder group) =>
        group.MapPost("/requests/{id:guid}/correction", async (Guid id, RequestCorrectionRequest request, RequestCorrectionHandler handler, HttpContext http, CancellationToken ct) =>
                await handler.HandleAsync(http.User.ToActor(), id, request, ct) is { } r ? Results.Ok(RequestResponse.From(r)) : Results.NotFound())
            .WhoMay<CorrectionRequestedByClerkOrLeader>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("告知补正（第三十条）");
}
