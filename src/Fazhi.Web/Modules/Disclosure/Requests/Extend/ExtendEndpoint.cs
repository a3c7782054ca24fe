using Fazhi.Modules.Disclosure.Requests.Record;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Disclosure.Requests.Extend;

internal static class ExtendEndpoint
{
    internal static void MapExtend(this RouteGroupBuilder group) =>
        group.MapPost("/requests/{id:guid}/extension", async (Guid id, ExtendRequest request, ExtendHandler handler, HttpContext http, CancellationToken ct) =>
                await handler.HandleAsync(http.User.ToActor(), id, request, ct) is { } r ? Results.Ok(RequestResponse.From(r)) : Results.NotFound())
            .WhoMay<ExtensionApprovedByLeader>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("延长答复期限（第三十三条第二款）");
}
