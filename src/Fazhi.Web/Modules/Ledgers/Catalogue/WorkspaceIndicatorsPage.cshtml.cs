using Fazhi.Platform.Auth;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Ledgers.Catalogue;

/// <summary>指标目录 of the township: every indicator its report can state, with this year's figure and the records behind it.</summary>
internal sealed class WorkspaceIndicatorsPage(IndicatorCatalogue catalogue, TimeProvider clock) : PageModel
{
    public int Year { get; private set; }

    public IReadOnlyList<CatalogueEntry> Entries { get; private set; } = [];

    public async Task OnGetAsync(int? year, CancellationToken ct)
    {
        var today = Platform.Time.ChinaTime.Today(clock);
        Year = year is >= 2000 && year <= today.Year ? year.Value : today.Year;
        Entries = [.. (await catalogue.ForTownshipsAsync([User.ToActor().TownshipId!.Value], Year, ct))
            .Select(e => e with { TrendLink = $"/workspace/indicators/trend?key={Uri.EscapeDataString(e.Key)}&year={Year}" })];
    }
}
