using Fazhi.Modules.Decisions.Contracts;
using Fazhi.Modules.Decisions.Ledger;
using Fazhi.Modules.Decisions.Model;
using Fazhi.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Decisions.Pages;

internal sealed class IndexModel(FazhiDbContext db, DecisionLedger ledger, TimeProvider clock) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public DecisionStage? Stage { get; set; }

    [BindProperty(SupportsGet = true)]
    public RiskLevel? Risk { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public int Total { get; private set; }

    public List<MajorDecision> Decisions { get; private set; } = [];

    public DecisionYearFigures Figures { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Year ??= Platform.Time.ChinaTime.Today(clock).Year;
        PageNumber = Math.Max(1, PageNumber);
        var query = db.Set<MajorDecision>().IgnoreAutoIncludes().Where(d => d.Year == Year);
        if (Stage is not null)
        {
            query = query.Where(d => d.Stage == Stage);
        }

        if (Risk is not null)
        {
            query = query.Where(d => d.RiskLevel == Risk);
        }

        if (!string.IsNullOrWhiteSpace(Q))
        {
            query = query.Where(d => d.Title.Contains(Q) || d.Owner.Contains(Q));
        }

        Total = await query.CountAsync(ct);
        Decisions = await query.OrderByDescending(d => d.Sequence).Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        Figures = await ledger.ForYearAsync(db.Tenant.TownshipId!.Value, Year.Value, ct);
    }

    public string PageLink(int page) => $"?year={Year}&stage={Stage}&risk={Risk}&q={Uri.EscapeDataString(Q ?? "")}&p={page}";
}
