using Fazhi.Modules.Ledgers.DefineLedger;
using Fazhi.Modules.Ledgers.Model;
using Fazhi.Modules.Ledgers.ReviseLedger;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Ledgers.ReviseCountyLedger;

/// <summary>
/// 修订县级台账: the county's next version, and in the same transaction the same version added to every township's copy;
/// entries made under earlier versions keep theirs, as for a township's own ledger.
/// </summary>
internal sealed class ReviseCountyLedgerHandler(FazhiDbContext db, TimeProvider clock)
{
    /// <returns>Null when the county has no such ledger.</returns>
    public async Task<CountyLedger?> HandleAsync(Actor actor, Guid ledgerId, ReviseLedgerRequest request, CancellationToken ct)
    {
        WhoMayRule.Of<CountyLedgersDefinedByCounty>().Check(actor);
        var ledger = await db.Set<CountyLedger>().SingleOrDefaultAsync(c => c.Id == ledgerId && c.CountyId == actor.CountyId, ct);
        if (ledger is null)
        {
            return null;
        }

        var now = clock.GetUtcNow();
        ledger.Revise(request.Name, LedgerContentInput.ToContent(request.Heading, request.Lead, request.Part, request.Fields, request.Indicators), actor.Name, now);
        foreach (var copy in await db.Set<LedgerDefinition>().Include(d => d.Versions).Where(d => d.CountyLedgerId == ledger.Id).ToListAsync(ct))
        {
            copy.FollowCountyRevision(ledger, actor.Name, now);
        }

        await db.SaveChangesAsync(ct);
        return ledger;
    }

    public Task<CountyLedger?> FindAsync(Actor actor, Guid ledgerId, CancellationToken ct) =>
        db.Set<CountyLedger>().AsNoTracking().SingleOrDefaultAsync(c => c.Id == ledgerId && c.CountyId == actor.CountyId, ct);
}
