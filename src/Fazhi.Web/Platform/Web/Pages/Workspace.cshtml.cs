using Fazhi.Modules.Organization;
using Fazhi.Platform.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Platform.Web.Pages;

internal sealed class WorkspaceModel(FazhiDbContext db, TimeProvider clock) : PageModel
{
    public string TownshipName { get; private set; } = "";

    public DateOnly Today { get; private set; }

    public string Greeting { get; private set; } = "";

    public async Task OnGetAsync(CancellationToken ct)
    {
        var townshipId = db.Tenant.TownshipId;
        TownshipName = await db.Set<Township>().Where(t => t.Id == townshipId).Select(t => t.GovernmentName).SingleAsync(ct);
        Today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        Greeting = db.Tenant.UserName;
    }
}
