using Fazhi.Modules.Ledgers.DefineLedger;
using Fazhi.Modules.Ledgers.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Fazhi.Modules.Ledgers.ReviseLedger;

internal static class ReviseLedgerEndpoint
{
    internal static void MapReviseLedger(this RouteGroupBuilder group) =>
        group.MapPost("/{id:guid}/versions", async Task<Results<Ok<LedgerResponse>, NotFound>> (Guid id, ReviseLedgerRequest request, ReviseLedgerHandler handler, HttpContext http, CancellationToken ct) =>
                await handler.HandleAsync(http.User.ToActor(), id, request, ct) is { } ledger ? TypedResults.Ok(LedgerResponse.From(ledger)) : TypedResults.NotFound())
            .WhoMay<LedgersDefinedByClerkOrLeader>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("修订台账（保存为新版本，已有记录保持原版本）");
}
