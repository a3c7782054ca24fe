using Fazhi.Modules.Ledgers.DefineLedger;
using Fazhi.Modules.Ledgers.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Ledgers.DefineCountyLedger;

/// <summary>What the API answers about a county ledger: its current version and the townships that keep it.</summary>
internal sealed record CountyLedgerResponse(Guid Id, string Key, string Name, int Version, string Heading, string Lead, string Part, LedgerSchema Schema)
{
    internal static CountyLedgerResponse From(CountyLedger c) => new(c.Id, c.Key, c.Name, c.CurrentVersion, c.Heading, c.Lead, c.Part.ToString(), c.Schema);
}

internal static class DefineCountyLedgerEndpoint
{
    /// <summary>Under /api/county/ledgers: county reviewers only (route-prefix policy).</summary>
    internal static void MapDefineCountyLedger(this RouteGroupBuilder group) =>
        group.MapPost("/", async (DefineLedgerRequest request, DefineCountyLedgerHandler handler, HttpContext http, CancellationToken ct) =>
                TypedResults.Ok(CountyLedgerResponse.From(await handler.HandleAsync(http.User.ToActor(), request, ct))))
            .WhoMay<CountyLedgersDefinedByCounty>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("定义县级台账（全县各乡镇统一登记，指标可在县级比较）");
}
