using Fazhi.Modules.Disputes.Mediation.Committees;
using Fazhi.Modules.Disputes.Model;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Disputes.Mediation.Cases.Ledger;

internal sealed class CasesPage(CaseLedger ledger, CommitteeQueries committees) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public CaseFilter Filter { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public List<MediationCase> Rows { get; private set; } = [];

    public int Total { get; private set; }

    public IReadOnlyList<MediationCommittee> Committees { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        PageNumber = Math.Max(1, PageNumber);
        (Rows, Total) = await ledger.PageAsync(Filter, PageNumber, ct);
        Committees = await committees.AllAsync(ct);
    }

    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct) =>
        File(await ledger.ExportAsync(Filter, ct), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"人民调解案件台账{Filter.Year}.xlsx");

    public string PageLink(int page) => $"?{Filter.Query()}&p={page}";
}
