using Fazhi.Modules.Organization;
using Fazhi.Modules.Portal.Contracts;
using Fazhi.Platform.Caching;
using Fazhi.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Portal.Column;

[OutputCache(PolicyName = PortalOutputCache.Policy)]
internal sealed class IndexModel(FazhiDbContext db, IEnumerable<IPortalColumnSource> sources, IEnumerable<PortalService> services) : PageModel
{
    private const int PageSize = 20;

    public Township Township { get; private set; } = null!;

    public string Title { get; private set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public int PageCount => Math.Max(1, (Result.Total + PageSize - 1) / PageSize);

    public PortalPage Result { get; private set; } = new([], 0);

    /// <summary>The public's ways in that belong to this column (执法公示 offers the complaint: 监督渠道).</summary>
    public IReadOnlyList<PortalService> Services { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string code, string column, CancellationToken ct)
    {
        var township = await db.Set<Township>().AsNoTracking().SingleOrDefaultAsync(t => t.DivisionCode == code, ct);
        var which = column.Equals("search", StringComparison.OrdinalIgnoreCase) ? (PortalColumn?)null : PortalColumns.FromSlug(column);
        if (township is null || (which is null && !column.Equals("search", StringComparison.OrdinalIgnoreCase)))
        {
            return NotFound();
        }

        Township = township;
        PageNumber = Math.Max(1, PageNumber);
        Q = Q?.Trim();
        if (which is { } c)
        {
            Title = PortalColumns.Label(c);
            Services = [.. services.Where(s => s.Column == c).OrderBy(s => s.Order)];
            Result = await ColumnReader.ReadAsync(sources, c, township.Id, Q, (PageNumber - 1) * PageSize, PageSize, ct);
        }
        else
        {
            // Site search: every column, the same search term.
            Title = string.IsNullOrEmpty(Q) ? "站内搜索" : $"搜索“{Q}”";
            var all = new List<PortalEntry>();
            var total = 0;
            foreach (var col in PortalColumns.All)
            {
                var page = await ColumnReader.ReadAsync(sources, col, township.Id, Q, 0, PageNumber * PageSize, ct);
                all.AddRange(page.Entries.Select(e => e with { Tag = e.Tag ?? PortalColumns.Label(col) }));
                total += page.Total;
            }

            Result = new PortalPage(all.OrderByDescending(e => e.Date).Skip((PageNumber - 1) * PageSize).Take(PageSize).ToList(), total);
        }

        return Page();
    }
}
