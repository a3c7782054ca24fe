using Fazhi.Modules.Ledgers.DefineLedger;
using Fazhi.Modules.Ledgers.Model;
using Fazhi.Modules.Organization;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Ledgers.DefineCountyLedger;

/// <summary>
/// 定义县级台账: the county's definition, kept once, and in the same transaction the copy every township of the county
/// keeps of it (ADR 0036), so a township enters rows and states the figures as for a ledger of its own.
/// </summary>
internal sealed class DefineCountyLedgerHandler(FazhiDbContext db, TimeProvider clock)
{
    public async Task<CountyLedger> HandleAsync(Actor actor, DefineLedgerRequest request, CancellationToken ct)
    {
        WhoMayRule.Of<CountyLedgersDefinedByCounty>().Check(actor);
        var countyId = actor.CountyId ?? throw new InvalidOperationException("A county reviewer always belongs to a county.");
        var key = request.Key.Trim();
        var townships = await db.Set<Township>().AsNoTracking().Where(t => t.CountyId == countyId).OrderBy(t => t.DivisionCode).Select(t => new { t.Id, t.Name }).ToListAsync(ct);
        var ids = townships.Select(t => t.Id).ToList();
        var used = await db.Set<LedgerDefinition>().AsNoTracking().Where(d => ids.Contains(d.TownshipId) && d.Key == key).Select(d => d.TownshipId).ToListAsync(ct);
        var clashes = townships.Where(t => used.Contains(t.Id)).Select(t => t.Name).ToList();
        if (await db.Set<CountyLedger>().AnyAsync(c => c.CountyId == countyId && c.Key == key, ct) && clashes.Count == 0)
        {
            clashes.Add("县级台账");
        }

        var now = clock.GetUtcNow();
        var content = LedgerContentInput.ToContent(request.Heading, request.Lead, request.Part, request.Fields, request.Indicators);
        var ledger = CountyLedger.Define(countyId, key, request.Name, content, clashes, actor.Name, now);
        db.Add(ledger);
        foreach (var township in townships)
        {
            db.Add(LedgerDefinition.FollowCounty(township.Id, ledger, actor.Name, now));
        }

        await db.SaveChangesAsync(ct);
        return ledger;
    }
}

/// <summary>A township registered later keeps the county's ledgers too, at their current version, from its first day.</summary>
internal sealed class CountyLedgersForNewTownship(FazhiDbContext db, TimeProvider clock) : ITownshipJoinsCounty
{
    public async Task JoinAsync(Guid townshipId, Guid countyId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        foreach (var ledger in await db.Set<CountyLedger>().Where(c => c.CountyId == countyId).ToListAsync(cancellationToken))
        {
            db.Add(LedgerDefinition.FollowCounty(townshipId, ledger, "系统（县级台账）", now));
        }
    }
}
