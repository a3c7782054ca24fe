using Fazhi.Modules.Organization;
using Fazhi.Platform.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.County.Console;

internal sealed class IndexModel(FazhiDbContext db) : PageModel
{
    public string CountyName { get; private set; } = "";

    public string OfficeName { get; private set; } = "";

    public List<Township> Townships { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var countyId = db.Tenant.CountyId;
        var county = await db.Set<Fazhi.Modules.Organization.County>().AsNoTracking().SingleAsync(c => c.Id == countyId, ct);
        CountyName = county.Name;
        OfficeName = county.OfficeName;
        Townships = await db.Set<Township>().Where(t => t.CountyId == countyId).OrderBy(t => t.DivisionCode).AsNoTracking().ToListAsync(ct);
    }
}
