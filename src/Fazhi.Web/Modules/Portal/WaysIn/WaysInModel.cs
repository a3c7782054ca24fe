using Fazhi.Modules.Organization;
using Fazhi.Modules.Portal.Contracts;
using Fazhi.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Portal.WaysIn;

/// <summary>The township's ways to write to it (我要投诉/建议) or to follow what was written (办理进度查询).</summary>
internal abstract class ServicesModel(FazhiDbContext db, IEnumerable<PortalService> services) : PageModel
{
    public Township Township { get; private set; } = null!;

    public IReadOnlyList<PortalService> Services { get; private set; } = [];

    protected abstract bool Lists(PortalService service);

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        var township = await db.Set<Township>().AsNoTracking().SingleOrDefaultAsync(t => t.DivisionCode == code, ct);
        if (township is null)
        {
            return NotFound();
        }

        Township = township;
        Services = [.. services.Where(Lists).OrderBy(s => s.Order)];
        return Page();
    }
}

internal sealed class WriteModel(FazhiDbContext db, IEnumerable<PortalService> services) : ServicesModel(db, services)
{
    protected override bool Lists(PortalService service) => true;
}

internal sealed class TrackModel(FazhiDbContext db, IEnumerable<PortalService> services) : ServicesModel(db, services)
{
    protected override bool Lists(PortalService service) => service.StatusPath is not null;
}
