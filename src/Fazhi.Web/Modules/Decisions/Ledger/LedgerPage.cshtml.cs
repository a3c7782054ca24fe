using Fazhi.Modules.Decisions.Contracts;
using Fazhi.Modules.Decisions.Initiation;
using Fazhi.Modules.Decisions.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Decisions.Ledger;

/// <summary>重大行政决策台账: the year's decisions, filtered and paged in SQL, with the year's figures.</summary>
internal sealed class LedgerPage(FazhiDbContext db, DecisionLedger ledger, TimeProvider clock) : PageModel
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

    public MajorDecisionYearFigures Figures { get; private set; } = null!;

    public bool MayInitiate { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        MayInitiate = WhoMayRule.Of<DecisionInitiatedByClerkOrLeader>().Admits(User.ToActor());
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
