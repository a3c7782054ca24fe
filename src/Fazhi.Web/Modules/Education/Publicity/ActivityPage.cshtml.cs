using Fazhi.Modules.Education.Model;
using Fazhi.Platform.Attachments;
using Fazhi.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Education.Publicity;

/// <summary>An activity's record with its photos and the form to add more.</summary>
internal sealed class ActivityPage(FazhiDbContext db, IAttachments attachments, EducationQueries queries) : PageModel
{
    public PublicityActivity Activity { get; private set; } = null!;

    public string PlaceName { get; private set; } = "";

    public IReadOnlyList<AttachmentInfo> Photos { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await db.Set<PublicityActivity>().AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, ct) is not { } activity)
        {
            return NotFound();
        }

        Activity = activity;
        Photos = await attachments.ForOwnerAsync(id, ct);
        var villages = await queries.VillagesAsync(activity.TownshipId, ct);
        var schools = await queries.SchoolsAsync(activity.TownshipId, ct);
        PlaceName = villages.FirstOrDefault(v => v.Id == activity.VillageId)?.Name ?? schools.FirstOrDefault(s => s.Id == activity.SchoolId)?.Name ?? "";
        return Page();
    }
}
