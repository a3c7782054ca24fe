using Fazhi.Modules.Disputes.Intake;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Disputes.Home;

/// <summary>The module's home: the one search over everything, and the way into each register.</summary>
internal sealed class DisputesHomePage(DisputeSearch search, IntakeDesk intake) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    public IReadOnlyList<SearchHit> Hits { get; private set; } = [];

    public int Year => intake.Today.Year;

    public async Task OnGetAsync(CancellationToken ct) => Hits = await search.FindAsync(Q, ct);
}
