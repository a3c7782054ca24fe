using Fazhi.Modules.Enforcement.Officers;
using Fazhi.Modules.Enforcement.Powers;
using Fazhi.Modules.Organization;
using Fazhi.Platform.Caching;
using Fazhi.Platform.Data;
using Fazhi.Platform.Tenancy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Fazhi.Modules.Enforcement.Pages;

/// <summary>事前公示 (国办发〔2018〕118号 (四); 行政处罚法 第39条): subject, duties, powers, basis, procedure, remedies, supervision.</summary>
[OutputCache(PolicyName = PortalOutputCache.Policy)]
internal sealed class PortalPowersModel(FazhiDbContext db, TimeProvider clock, IOptions<EnforcementOptions> options) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public Township Township { get; private set; } = null!;

    public int Total { get; private set; }

    public int CertifiedOfficers { get; private set; }

    public List<PowerItem> Items { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        var township = await db.Set<Township>().AsNoTracking().SingleOrDefaultAsync(t => t.DivisionCode == code, ct);
        if (township is null)
        {
            return NotFound();
        }

        Township = township;
        PageNumber = Math.Max(1, PageNumber);
        var today = Fazhi.Platform.Time.ChinaTime.Today(clock);
        // 事前公示 lists the powers the township holds today; withdrawn or not yet effective items are not its powers.
        var query = db.Published<PowerItem>().Where(p => p.TownshipId == township.Id && p.EffectiveFrom <= today && (p.WithdrawnOn == null || p.WithdrawnOn > today));
        if (!string.IsNullOrWhiteSpace(Q))
        {
            query = query.Where(p => p.Name.Contains(Q));
        }

        Total = await query.CountAsync(ct);
        Items = await query.OrderBy(p => p.Code).Skip((PageNumber - 1) * 50).Take(50).ToListAsync(ct);
        // Officer records are internal; only the count of certified officers is published.
        var officers = await db.Set<Officer>().IgnoreQueryFilters([FazhiDbContext.TenantFilterName])
            .Where(o => o.TownshipId == township.Id && o.JoinedOn <= today && (o.LeftOn == null || o.LeftOn > today)).ToListAsync(ct);
        CertifiedOfficers = officers.Count(o => o.WhyNotCertified(today, options.Value) is null);
        return Page();
    }
}
