using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Fazhi.Modules.Decisions.Catalog.Approve;

internal static class ApproveCatalogEndpoint
{
    internal static void MapApproveCatalog(this RouteGroupBuilder group) =>
        group.MapPost("/catalogs/{year:int}/approval", async Task<Results<Ok<CatalogResponse>, NotFound>> (int year, ApproveCatalogRequest request, ApproveCatalogHandler handler, HttpContext http, CancellationToken ct) =>
                await handler.HandleAsync(http.User.ToActor(), year, request, ct) is { } c ? TypedResults.Ok(CatalogResponse.From(c)) : TypedResults.NotFound())
            .WhoMay<CatalogApprovedByLeaderOrClerk>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("经同级党委同意后公布目录");
}
