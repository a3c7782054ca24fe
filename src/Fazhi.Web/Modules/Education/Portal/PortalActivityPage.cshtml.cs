using Fazhi.Modules.Education.Model;
using Fazhi.Modules.Organization;
using Fazhi.Platform.Attachments;
using Fazhi.Platform.Caching;
using Fazhi.Platform.Data;
using Fazhi.Platform.Tenancy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Education.Portal;

/// <summary>
/// A published 普法 activity on the township's portal: what, when, where, how many were reached, and its photos (stored
/// without EXIF, so no location or device data leaves with them). No person is named.
/// </summary>
[OutputCache(PolicyName = PortalOutputCache.Policy)]
internal sealed class PortalActivityPage(FazhiDbContext db, IAttachments attachments) : PageModel
{
    public Township Township { get; private set; } = null!;

    public PublicityActivity Activity { get; private set; } = null!;

    public string PlaceName { get; private set; } = "";

    public IReadOnlyList<AttachmentInfo> Photos { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string code, Guid id, CancellationToken ct)
    {
        if (await db.Set<Township>().AsNoTracking().SingleOrDefaultAsync(t => t.DivisionCode == code, ct) is not { } township
            || await db.Published<PublicityActivity>().AsNoTracking().SingleOrDefaultAsync(a => a.Id == id && a.TownshipId == township.Id, ct) is not { } activity)
        {
            return NotFound();
        }

        Township = township;
        Activity = activity;
        Photos = await attachments.PublishedForOwnerAsync(nameof(PublicityActivity), id, ct);
        PlaceName = activity.VillageId is { } v
            ? await db.Set<Village>().IgnoreQueryFilters([FazhiDbContext.TenantFilterName]).Where(x => x.Id == v).Select(x => x.Name).SingleOrDefaultAsync(ct) ?? ""
            : activity.SchoolId is { } s
                ? await db.Set<School>().IgnoreQueryFilters([FazhiDbContext.TenantFilterName]).Where(x => x.Id == s).Select(x => x.Name).SingleOrDefaultAsync(ct) ?? ""
                : "";
        return Page();
    }
}
