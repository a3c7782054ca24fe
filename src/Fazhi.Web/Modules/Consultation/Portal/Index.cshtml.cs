using Fazhi.Modules.Consultation.Model;
using Fazhi.Modules.Organization;
using Fazhi.Platform.Caching;
using Fazhi.Platform.Data;
using Fazhi.Platform.Tenancy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Consultation.Portal;

[OutputCache(PolicyName = PortalOutputCache.Policy)]
internal sealed class IndexModel(FazhiDbContext db, TimeProvider clock) : PageModel
{
    public string Code { get; private set; } = "";

    public string GovernmentName { get; private set; } = "";

    public DateOnly Today { get; private set; }

    public List<PublicConsultation> Items { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        var township = await db.Set<Township>().AsNoTracking().SingleOrDefaultAsync(t => t.DivisionCode == code, ct);
        if (township is null)
        {
            return NotFound();
        }

        Code = code;
        GovernmentName = township.GovernmentName;
        Today = clock.Today();
        Items = await db.Published<PublicConsultation>().AsNoTracking().Where(c => c.TownshipId == township.Id)
            .OrderByDescending(c => c.OpensOn).Take(100).ToListAsync(ct);
        return Page();
    }
}
