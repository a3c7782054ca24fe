using System.ComponentModel.DataAnnotations;
using Fazhi.Modules.Ledgers.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.ErrorHandling;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Ledgers.EnterEntry;

/// <summary>登记台账记录: the date it counts in and a value per field of the ledger's current version, keyed by field code.</summary>
public sealed record EnterEntryRequest(
    [Required(ErrorMessage = "请填写日期。")] DateOnly? OccurredOn,
    IDictionary<string, string?>? Values);

internal sealed class EnterEntryHandler(FazhiDbContext db, TimeProvider clock)
{
    /// <returns>Null when the township has no such ledger.</returns>
    public async Task<LedgerEntry?> HandleAsync(Actor actor, Guid ledgerId, EnterEntryRequest request, CancellationToken ct)
    {
        WhoMayRule.Of<LedgerEntriesKeptByStaff>().Check(actor);
        var ledger = await LedgerQueries.DefinitionAsync(db, ledgerId, ct);
        if (ledger is null)
        {
            return null;
        }

        var values = new Dictionary<string, (string? Text, decimal? Number)>();
        foreach (var field in ledger.Current.Schema.Fields)
        {
            var (text, number, problem) = LedgerIndicatorMath.Parse(field, request.Values is { } typed && typed.TryGetValue(field.Key, out var value) ? value : null);
            BusinessRule.Check(new EntryValueFitsField(field.Key, problem));
            values[field.Key] = (text, number);
        }

        var entry = LedgerEntry.Enter(ledger, request.OccurredOn!.Value, values, actor.Name, clock.GetUtcNow(), Platform.Time.ChinaTime.Today(clock));
        db.Add(entry);
        await db.SaveChangesAsync(ct);
        return entry;
    }
}
