using Fazhi.Modules.Decisions.Model;
using Fazhi.Modules.Organization;
using Fazhi.Platform.Caching;
using Fazhi.Platform.Data;
using Fazhi.Platform.Tenancy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Decisions.Portal;

/// <summary>The approved catalogue of a year on the portal (第3条第3款: published after 同级党委同意).</summary>
[OutputCache(PolicyName = PortalOutputCache.Policy)]
internal sealed class PortalCatalogModel(FazhiDbContext db) : PageModel
{
    public string Code { get; private set; } = "";

    public string GovernmentName { get; private set; } = "";

    public DecisionCatalog Catalog { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string code, int year, CancellationToken ct)
    {
        var township = await db.Set<Township>().AsNoTracking().SingleOrDefaultAsync(t => t.DivisionCode == code, ct);
        var catalog = township is null ? null : await db.Published<DecisionCatalog>().AsNoTracking().SingleOrDefaultAsync(c => c.TownshipId == township.Id && c.Year == year, ct);
        if (catalog is null)
        {
            return NotFound();
        }

        Code = code;
        GovernmentName = township!.GovernmentName;
        Catalog = catalog;
        return Page();
    }
}
