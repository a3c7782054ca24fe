using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Decisions.Catalog.AddItem;

internal static class AddCatalogItemEndpoint
{
    internal static void MapAddCatalogItem(this RouteGroupBuilder group) =>
        group.MapPost("/catalogs/{year:int}/items", async (int year, AddCatalogItemRequest request, AddCatalogItemHandler handler, CatalogQueries catalogs, HttpContext http, CancellationToken ct) =>
            {
                var actor = http.User.ToActor();
                await handler.HandleAsync(actor, year, request, ct);
                return TypedResults.Ok(CatalogResponse.From((await catalogs.FindAsync(actor.TownshipId!.Value, year, ct))!));
            })
            .WhoMay<CatalogItemsListedByClerkOrLeader>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("列入或增补决策事项（目录公布后须说明理由）");
}
