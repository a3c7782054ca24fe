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

/// <summary>The published 政府信息公开目录 of a township (第12条), by category; only published entries (PublicQueries).</summary>
[OutputCache(PolicyName = PortalOutputCache.Policy)]
internal sealed class PortalCataloguePage(FazhiDbContext db, TimeProvider clock) : PageModel
{
    public const int PageSize = 30;

    public Township Township { get; private set; } = null!;

    [BindProperty(SupportsGet = true)]
    public InformationCategory? Category { get; set; }

    /// <summary>现行有效 only: leaves out what was repealed or has lapsed (it stays listed otherwise, with its status).</summary>
    [BindProperty(SupportsGet = true)]
    public bool Current { get; set; }

    /// <summary>Today in Beijing: a term's end is compared with it.</summary>
    public DateOnly Today { get; private set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<DisclosureItem> Entries { get; private set; } = [];

    public int Total { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        if (await db.Set<Township>().AsNoTracking().SingleOrDefaultAsync(t => t.DivisionCode == code, ct) is not { } township)
        {
            return NotFound();
        }

        Township = township;
        var query = db.Published<DisclosureItem>().AsNoTracking().Where(e => e.TownshipId == township.Id);
        if (Category is { } category)
        {
            query = query.Where(e => e.Category == category);
        }

        Today = Fazhi.Platform.Time.ChinaTime.Today(clock);
        if (Current)
        {
            var today = Today;
            query = query.Where(e => e.ValidityEnded == null && (e.ValidUntil == null || e.ValidUntil >= today));
        }

        Total = await query.CountAsync(ct);
        PageNumber = Math.Max(1, PageNumber);
        Entries = await query.OrderByDescending(e => e.PublishedOn).ThenByDescending(e => e.Sequence).Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        return Page();
    }
}
