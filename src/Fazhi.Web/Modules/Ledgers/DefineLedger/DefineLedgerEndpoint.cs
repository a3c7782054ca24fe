using Fazhi.Modules.Ledgers.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Ledgers.DefineLedger;

/// <summary>What the API answers about a ledger: its current version.</summary>
internal sealed record LedgerResponse(Guid Id, string Key, string Name, int Version, string Heading, string Lead, string Part, LedgerSchema Schema)
{
    internal static LedgerResponse From(LedgerDefinition d) =>
        new(d.Id, d.Key, d.Name, d.CurrentVersion, d.Current.Heading, d.Current.Lead, d.Current.Part.ToString(), d.Current.Schema);
}

internal static class DefineLedgerEndpoint
{
    internal static void MapDefineLedger(this RouteGroupBuilder group) =>
        group.MapPost("/", async (DefineLedgerRequest request, DefineLedgerHandler handler, HttpContext http, CancellationToken ct) =>
                TypedResults.Ok(LedgerResponse.From(await handler.HandleAsync(http.User.ToActor(), request, ct))))
            .WhoMay<LedgersDefinedByClerkOrLeader>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("定义台账（字段、指标、报告小标题和部分）");
}
