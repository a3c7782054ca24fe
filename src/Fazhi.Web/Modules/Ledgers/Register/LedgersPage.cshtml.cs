using Fazhi.Modules.Ledgers.Model;
using Fazhi.Platform.Auth;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Ledgers.Register;

/// <summary>自定义台账: the township's configured ledgers with the year's entry count each.</summary>
internal sealed class LedgersPage(LedgerQueries queries, TimeProvider clock) : PageModel
{
    public int Year { get; private set; }

    public IReadOnlyList<(LedgerDefinition Ledger, int Entries)> Ledgers { get; private set; } = [];

    public bool MayDefine { get; private set; }

    public async Task OnGetAsync(int? year, CancellationToken ct)
    {
        var today = Platform.Time.ChinaTime.Today(clock);
        Year = year is >= 2000 && year <= today.Year ? year.Value : today.Year;
        var actor = User.ToActor();
        MayDefine = Platform.Procedures.WhoMayRule.Of<LedgersDefinedByClerkOrLeader>().Admits(actor);
        Ledgers = await queries.ListAsync(actor.TownshipId!.Value, Year, ct);
    }
}
