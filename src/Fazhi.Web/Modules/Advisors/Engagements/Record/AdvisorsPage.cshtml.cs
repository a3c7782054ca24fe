using Fazhi.Modules.Advisors.Model;
using Fazhi.Modules.Organization;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Advisors.Engagements.Record;

/// <summary>The township's advisor contracts, newest first, with the villages each covers and what each has done.</summary>
internal sealed class AdvisorsPage(FazhiDbContext db, TimeProvider clock) : PageModel
{
    public IReadOnlyList<AdvisorContract> Contracts { get; private set; } = [];

    public Dictionary<Guid, string> VillageNames { get; private set; } = [];

    public Dictionary<Guid, int> Services { get; private set; } = [];

    public DateOnly Today => Platform.Time.ChinaTime.Today(clock);

    public bool MaySign => WhoMayRule.Of<SignContract.AdvisorsEngagedByClerkOrLeader>().Admits(User.ToActor());

    public async Task OnGetAsync(CancellationToken ct)
    {
        Contracts = await db.Set<AdvisorContract>().AsNoTracking().OrderByDescending(c => c.StartsOn).ToListAsync(ct);
        VillageNames = await db.Set<Village>().AsNoTracking().ToDictionaryAsync(v => v.Id, v => v.Name, ct);
        Services = await db.Set<AdvisorService>().GroupBy(s => s.ContractId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
    }
}
