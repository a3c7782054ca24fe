using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Disclosure.Catalogue.PublishEntry;

internal static class PublishEntryEndpoint
{
    internal static void MapPublishEntry(this RouteGroupBuilder group) =>
        group.MapPost("/catalogue/{id:guid}/publication", async (Guid id, PublishEntryRequest request, PublishEntryHandler handler, HttpContext http, CancellationToken ct) =>
                await handler.HandleAsync(http.User.ToActor(), id, request, ct) is { } e ? Results.Ok(DisclosureItemResponse.From(e)) : Results.NotFound())
            .WhoMay<DisclosureItemPublishedByClerkOrLeader>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("主动公开目录条目（第二十六条）");
}
