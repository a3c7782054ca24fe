using Fazhi.Platform.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Leadership;

/// <summary>第一责任人履职 of a year: meetings, 述法, reports to the county, the 工作要点 with its tasks and the summary.</summary>
internal sealed class LeadershipPage(LeadershipQueries queries, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    public LeadershipYear Records { get; private set; } = null!;

    public DateOnly Today { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Today = Platform.Time.ChinaTime.Today(clock);
        Year ??= Today.Year;
        Records = await queries.YearAsync(User.ToActor().TownshipId!.Value, Year.Value, ct);
    }

    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct)
    {
        await OnGetAsync(ct);
        return File(LeadershipLedger.Export(Records), LeadershipLedger.ContentType, $"第一责任人履职台账-{Year}.xlsx");
    }
}
