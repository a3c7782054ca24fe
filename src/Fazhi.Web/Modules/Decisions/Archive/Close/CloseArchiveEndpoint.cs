using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Fazhi.Modules.Decisions.Archive.Close;

internal static class CloseArchiveEndpoint
{
    internal static void MapCloseArchive(this RouteGroupBuilder group) =>
        group.MapPost("/{id:guid}/archive/closing", async Task<Results<Ok<ArchiveStatus>, NotFound>> (Guid id, CloseArchiveHandler handler, HttpContext http, CancellationToken ct) =>
                await handler.HandleAsync(http.User.ToActor(), id, ct) is { } d ? TypedResults.Ok(new ArchiveStatus(d.ArchiveClosedOn, d.ArchiveSeal, true)) : TypedResults.NotFound())
            .WhoMay<ArchiveClosedByClerkOrLeader>()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("决策档案归档封存（第33条）");
}
