using Fazhi.Modules.Documents.Library;
using Fazhi.Modules.Documents.Model;
using Fazhi.Modules.Organization;
using Fazhi.Platform.Caching;
using Fazhi.Platform.Data;
using Fazhi.Platform.Tenancy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Documents.Pages;

/// <summary>
/// The 规范性文件 column of a township portal as a library: search in title and full text, filters by year, validity
/// and filing, each document marked 有效 or 失效; published cleanup lists below. Only published copies are read.
/// </summary>
[OutputCache(PolicyName = PortalOutputCache.Policy)]
internal sealed class LibraryModel(FazhiDbContext db, DocumentLibrary library) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public ValidityFilter Validity { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool? Filed { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public Township Township { get; private set; } = null!;

    public IReadOnlyList<LibraryRow> Rows { get; private set; } = [];

    public int Total { get; private set; }

    public IReadOnlyList<CleanupCampaign> Cleanups { get; private set; } = [];

    public string Query => $"q={Uri.EscapeDataString(Q ?? "")}&year={Year}&validity={Validity}&filed={Filed}";

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        var township = await library.TownshipAsync(code, ct);
        if (township is null)
        {
            return NotFound();
        }

        Township = township;
        PageNumber = Math.Max(1, PageNumber);
        (Rows, Total) = await library.SearchAsync(township.Id, new LibraryQuery(Q, Year, Validity, Filed), (PageNumber - 1) * PageSize, PageSize, ct);
        Cleanups = await db.Published<CleanupCampaign>().AsNoTracking().Where(c => c.TownshipId == township.Id).OrderByDescending(c => c.PublishedOn).ToListAsync(ct);
        return Page();
    }
}
