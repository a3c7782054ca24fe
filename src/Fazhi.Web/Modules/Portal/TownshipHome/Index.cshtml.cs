using Fazhi.Modules.Organization;
using Fazhi.Modules.Portal.Column;
using Fazhi.Modules.Portal.Contracts;
using Fazhi.Platform.Caching;
using Fazhi.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Portal.TownshipHome;

[OutputCache(PolicyName = PortalOutputCache.Policy)]
internal sealed class IndexModel(FazhiDbContext db, IEnumerable<IPortalColumnSource> sources) : PageModel
{
    public Township Township { get; private set; } = null!;

    public Dictionary<PortalColumn, PortalPage> Columns { get; } = [];

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        var township = await db.Set<Township>().AsNoTracking().SingleOrDefaultAsync(t => t.DivisionCode == code, ct);
        if (township is null)
        {
            return NotFound();
        }

        Township = township;
        foreach (var column in PortalColumns.All)
        {
            Columns[column] = await ColumnReader.ReadAsync(sources, column, township.Id, null, 0, 8, ct);
        }

        return Page();
    }
}
