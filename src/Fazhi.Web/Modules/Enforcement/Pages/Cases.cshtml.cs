using Fazhi.Modules.Enforcement.Cases;
using Fazhi.Modules.Enforcement.Contracts;
using Fazhi.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Enforcement.Pages;

internal sealed class CasesModel(FazhiDbContext db, CaseLedger ledger, Platform.Caching.StampedCache kept, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public CaseStage? Stage { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public int Total { get; private set; }

    public List<EnforcementCase> Cases { get; private set; } = [];

    public EnforcementYearFigures Figures { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Year ??= Platform.Time.ChinaTime.Today(clock).Year;
        PageNumber = Math.Max(1, PageNumber);
        var query = db.Set<EnforcementCase>().IgnoreAutoIncludes().Where(c => c.Year == Year);
        if (Stage is not null)
        {
            query = query.Where(c => c.Stage == Stage);
        }

        if (!string.IsNullOrWhiteSpace(Q))
        {
            query = query.Where(c => c.CaseNumber.Contains(Q) || c.Title.Contains(Q) || c.PartyName.Contains(Q));
        }

        Total = await query.CountAsync(ct);
        Cases = await query.OrderByDescending(c => c.Sequence).Skip((PageNumber - 1) * 20).Take(20).ToListAsync(ct);
        // The year's figures change only with the township's records: computed once per change (ADR 0033).
        var township = db.Tenant.TownshipId!.Value;
        Figures = await kept.GetOrComputeAsync(("enforcement-year-figures", Year.Value), [township], () => ledger.ForYearAsync(township, Year.Value, ct), ct);
    }
}
