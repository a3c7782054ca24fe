using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Disclosure.Catalogue.AddEntry;

internal static class AddEntryEndpoint
{
    internal static void MapAddEntry(this RouteGroupBuilder group) =>
        group.MapPost("/catalogue", async (AddEntryRequest request, AddEntryHandler handler, HttpContext http, CancellationToken ct) =>
                Results.Ok(DisclosureItemResponse.From(await handler.HandleAsync(http.User.ToActor(), request, ct))))
            .WhoMay<CatalogueKeptByClerkOrLeader>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("登记政府信息公开目录条目（第十二条、第二十六条）");
}
