using Fazhi.Modules.Enforcement.Publicity;
using Fazhi.Modules.Organization;
using Fazhi.Platform.Caching;
using Fazhi.Platform.Data;
using Fazhi.Platform.Tenancy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Enforcement.Pages;

[OutputCache(PolicyName = PortalOutputCache.Policy)]
internal sealed class PortalDecisionModel(FazhiDbContext db) : PageModel
{
    public PenaltyDisclosure Disclosure { get; private set; } = null!;

    public string Code { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string code, Guid id, CancellationToken ct)
    {
        var townshipId = await db.Set<Township>().Where(t => t.DivisionCode == code).Select(t => (Guid?)t.Id).SingleOrDefaultAsync(ct);
        // A withdrawn decision is no longer public: it answers 404 like any unknown record.
        var disclosure = townshipId is null ? null : await db.Published<PenaltyDisclosure>().AsNoTracking().SingleOrDefaultAsync(d => d.Id == id && d.TownshipId == townshipId, ct);
        if (disclosure is null)
        {
            return NotFound();
        }

        Disclosure = disclosure;
        Code = code;
        return Page();
    }
}
