using Fazhi.Modules.Disclosure.Requests.Record;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Disclosure.Requests.Reply;

internal static class ReplyEndpoint
{
    internal static void MapReply(this RouteGroupBuilder group) =>
        group.MapPost("/requests/{id:guid}/reply", async (Guid id, ReplyRequest request, ReplyHandler handler, HttpContext http, CancellationToken ct) =>
                await handler.HandleAsync(http.User.ToActor(), id, request, ct) is { } r ? Results.Ok(RequestResponse.From(r)) : Results.NotFound())
            .WhoMay<ReplyGivenByClerkOrLeader>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("作出答复（第三十六条）");
}
