using Fazhi.Modules.Documents.Ledger;
using Fazhi.Modules.Documents.Model;
using Fazhi.Modules.Organization;
using Fazhi.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Documents.Pages;

/// <summary>The 台账 on paper: every row that matches the filters, no menu, the browser's print dialog.</summary>
internal sealed class PrintModel(FazhiDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public DocumentStatus? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Validity { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    public string Government { get; private set; } = "";

    public DateOnly Today { get; private set; }

    public IReadOnlyList<LedgerRow> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Today = clock.Today();
        Government = await db.Set<Township>().Where(t => t.Id == db.Tenant.TownshipId).Select(t => t.GovernmentName).SingleAsync(ct);
        Rows = await DocumentLedger.QueryAsync(db, new LedgerFilter(Year, Status, Validity, Q), Today, ct);
    }
}
