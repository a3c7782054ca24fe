using Fazhi.Modules.Disclosure.Requests.Record;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Disclosure.Requests.Close;

internal static class CloseEndpoint
{
    internal static void MapClose(this RouteGroupBuilder group) =>
        group.MapPost("/requests/{id:guid}/closing", async (Guid id, CloseRequest request, CloseHandler handler, HttpContext http, CancellationToken ct) =>
                await handler.HandleAsync(http.User.ToActor(), id, request, ct) is { } r ? Results.Ok(RequestResponse.From(r)) : Results.NotFound())
            .WhoMay<RequestClosedByClerkOrLeader>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("终止办理（第三十条）");
}
