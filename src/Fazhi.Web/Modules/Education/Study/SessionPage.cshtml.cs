using Fazhi.Modules.Education.Model;
using Fazhi.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Education.Study;

/// <summary>One session's record: who attended, who was absent and why.</summary>
internal sealed class SessionPage(FazhiDbContext db) : PageModel
{
    public StudySession Session { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await db.Set<StudySession>().AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, ct) is not { } session)
        {
            return NotFound();
        }

        Session = session;
        return Page();
    }
}
