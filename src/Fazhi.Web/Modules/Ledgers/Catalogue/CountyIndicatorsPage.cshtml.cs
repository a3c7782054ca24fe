using Fazhi.Modules.Organization;
using Fazhi.Platform.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Ledgers.Catalogue;

/// <summary>指标目录 of the county: every indicator any of its townships states, with the county figure (rates recomputed, never averaged).</summary>
internal sealed class CountyIndicatorsPage(IndicatorCatalogue catalogue, FazhiDbContext db, TimeProvider clock) : PageModel
{
    public int Year { get; private set; }

    public IReadOnlyList<CatalogueEntry> Entries { get; private set; } = [];

    /// <summary>The keys the county requires its townships' reports of the year to state.</summary>
    public IReadOnlySet<string> Required { get; private set; } = new HashSet<string>();

    public async Task OnGetAsync(int? year, CancellationToken ct)
    {
        var today = Platform.Time.ChinaTime.Today(clock);
        Year = year is >= 2000 && year <= today.Year ? year.Value : today.Year;
        var countyId = db.Tenant.CountyId;
        var townships = await db.Set<Township>().AsNoTracking().Where(t => t.CountyId == countyId).Select(t => t.Id).ToListAsync(ct);
        // The county reads the records behind a figure township by township on its console.
        Required = (await db.Set<RequiredIndicator>().AsNoTracking().Where(r => r.CountyId == countyId && r.Year == Year).Select(r => r.IndicatorKey).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        Entries = [.. (await catalogue.ForTownshipsAsync(townships, Year, ct)).Select(e => e with
        {
            LinkToRecords = $"/county?Year={Year}&Figure={Uri.EscapeDataString(e.Key)}",
            TrendLink = $"/county/indicators/trend?key={Uri.EscapeDataString(e.Key)}&year={Year}",
        })];
    }
}
