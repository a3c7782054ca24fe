using Fazhi.Modules.Ledgers.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Fazhi.Modules.Ledgers.EnterEntry;

internal sealed record LedgerEntryResponse(Guid Id, DateOnly OccurredOn, int Version, IReadOnlyDictionary<string, string> Values);

internal static class EnterEntryEndpoint
{
    internal static void MapEnterEntry(this RouteGroupBuilder group) =>
        group.MapPost("/{id:guid}/entries", async Task<Results<Ok<LedgerEntryResponse>, NotFound>> (Guid id, EnterEntryRequest request, EnterEntryHandler handler, HttpContext http, CancellationToken ct) =>
                await handler.HandleAsync(http.User.ToActor(), id, request, ct) is { } e
                    ? TypedResults.Ok(new LedgerEntryResponse(e.Id, e.OccurredOn, e.VersionNumber, e.Values.ToDictionary(v => v.FieldKey, v => v.Text)))
                    : TypedResults.NotFound())
            .WhoMay<LedgerEntriesKeptByStaff>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("登记台账记录（按台账当前版本的字段）");
}
