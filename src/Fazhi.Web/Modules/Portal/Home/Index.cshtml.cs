using Fazhi.Platform.Caching;
using Fazhi.Platform.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Portal.Home;

[OutputCache(PolicyName = PortalOutputCache.Policy)]
internal sealed class IndexModel(FazhiDbContext db) : PageModel
{
    public List<Organization.County> Counties { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Counties = await db.Set<Fazhi.Modules.Organization.County>().Include(c => c.Townships).OrderBy(c => c.DivisionCode).AsNoTracking().ToListAsync(ct);
}
