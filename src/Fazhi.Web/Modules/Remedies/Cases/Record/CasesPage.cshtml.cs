using Fazhi.Modules.Remedies.Cases.Register;
using Fazhi.Modules.Remedies.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Remedies.Cases.Record;

internal sealed class CasesPage(CaseLedger ledger) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true)]
    public CaseFilter Filter { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<RemedyCase> Rows { get; private set; } = [];

    public int Total { get; private set; }

    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public bool MayRegister => WhoMayRule.Of<CasesRegisteredByClerkOrLeader>().Admits(User.ToActor());

    public async Task OnGetAsync(CancellationToken ct)
    {
        PageNumber = Math.Max(1, PageNumber);
        (Rows, Total) = await ledger.PageAsync(Filter, PageNumber, PageSize, ct);
    }

    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct) =>
        File(await ledger.ExportAsync(Filter, ct), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "行政复议和行政应诉台账.xlsx");

    public string PageUrl(int page) =>
        $"/workspace/remedies?Filter.Year={Filter.Year}&Filter.Kind={Filter.Kind}&Filter.Open={Filter.Open}&Filter.Q={Uri.EscapeDataString(Filter.Q ?? "")}&p={page}";
}
