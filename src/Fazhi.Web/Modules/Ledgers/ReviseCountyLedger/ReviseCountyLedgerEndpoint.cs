using Fazhi.Modules.Ledgers.DefineCountyLedger;
using Fazhi.Modules.Ledgers.Model;
using Fazhi.Modules.Ledgers.ReviseLedger;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Fazhi.Modules.Ledgers.ReviseCountyLedger;

internal static class ReviseCountyLedgerEndpoint
{
    internal static void MapReviseCountyLedger(this RouteGroupBuilder group) =>
        group.MapPost("/{id:guid}/versions", async Task<Results<Ok<CountyLedgerResponse>, NotFound>> (Guid id, ReviseLedgerRequest request, ReviseCountyLedgerHandler handler, HttpContext http, CancellationToken ct) =>
                await handler.HandleAsync(http.User.ToActor(), id, request, ct) is { } ledger ? TypedResults.Ok(CountyLedgerResponse.From(ledger)) : TypedResults.NotFound())
            .WhoMay<CountyLedgersDefinedByCounty>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("修订县级台账（全县各乡镇同时保存为新版本，已有记录保持原版本）");
}
