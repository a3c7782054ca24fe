using Fazhi.Modules.Disclosure.Model;
using Fazhi.Modules.Organization;
using Fazhi.Platform.Caching;
using Fazhi.Platform.Data;
using Fazhi.Platform.Tenancy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Disclosure.Portal;

/// <summary>政府信息公开指南 (第12条): the categories, how to obtain information, and the office's contacts.</summary>
[OutputCache(PolicyName = PortalOutputCache.Policy)]
internal sealed class PortalGuidePage(FazhiDbContext db) : PageModel
{
    public Township Township { get; private set; } = null!;

    public DisclosureGuide? Guide { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        if (await db.Set<Township>().AsNoTracking().SingleOrDefaultAsync(t => t.DivisionCode == code, ct) is not { } township)
        {
            return NotFound();
        }

        Township = township;
        Guide = await db.Published<DisclosureGuide>().AsNoTracking().SingleOrDefaultAsync(g => g.TownshipId == township.Id, ct);
        return Page();
    }
}
