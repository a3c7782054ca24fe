using Fazhi.Modules.Ledgers.Model;
using Fazhi.Modules.Organization;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Ledgers.Register;

/// <summary>县级台账: the ledgers the county defined, with each township's entries of the year (one grouped query).</summary>
internal sealed class CountyLedgersPage(FazhiDbContext db, TimeProvider clock) : PageModel
{
    public int Year { get; private set; }

    public IReadOnlyList<CountyLedger> Ledgers { get; private set; } = [];

    public IReadOnlyList<(Guid Id, string Name)> Townships { get; private set; } = [];

    /// <summary>Entries of the year per county ledger and township.</summary>
    public IReadOnlyDictionary<(Guid Ledger, Guid Township), int> Entries { get; private set; } = new Dictionary<(Guid, Guid), int>();

    public bool MayDefine { get; private set; }

    public async Task OnGetAsync(int? year, CancellationToken ct)
    {
        var today = Platform.Time.ChinaTime.Today(clock);
        Year = year is >= 2000 && year <= today.Year ? year.Value : today.Year;
        var actor = User.ToActor();
        MayDefine = Platform.Procedures.WhoMayRule.Of<CountyLedgersDefinedByCounty>().Admits(actor);
        var countyId = actor.CountyId;
        Ledgers = await db.Set<CountyLedger>().AsNoTracking().Where(c => c.CountyId == countyId).OrderBy(c => c.Name).ToListAsync(ct);
        Townships = [.. (await db.Set<Township>().AsNoTracking().Where(t => t.CountyId == countyId).OrderBy(t => t.DivisionCode).Select(t => new { t.Id, t.Name }).ToListAsync(ct)).Select(t => (t.Id, t.Name))];
        var first = new DateOnly(Year, 1, 1);
        var last = new DateOnly(Year, 12, 31);
        var counts = await (from e in db.Set<LedgerEntry>().AsNoTracking()
                            join d in db.Set<LedgerDefinition>().AsNoTracking() on e.DefinitionId equals d.Id
                            where d.CountyLedgerId != null && e.OccurredOn >= first && e.OccurredOn <= last
                            group e by new { Ledger = d.CountyLedgerId!.Value, e.TownshipId } into g
                            select new { g.Key.Ledger, g.Key.TownshipId, Count = g.Count() }).ToListAsync(ct);
        Entries = counts.ToDictionary(c => (c.Ledger, c.TownshipId), c => c.Count);
    }
}
