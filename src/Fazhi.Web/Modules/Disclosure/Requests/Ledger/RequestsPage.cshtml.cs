using Fazhi.Modules.Disclosure.Model;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Disclosure.Requests.Ledger;

/// <summary>依申请公开登记台账: filters, paging in SQL, Excel export and print.</summary>
internal sealed class RequestsPage(RequestLedger ledger, TimeProvider clock) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true)]
    public RequestFilter Filter { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<DisclosureRequest> Rows { get; private set; } = [];

    public int Total { get; private set; }

    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public DateOnly Today => Platform.Time.ChinaTime.Today(clock);

    public async Task OnGetAsync(CancellationToken ct)
    {
        PageNumber = Math.Max(1, PageNumber);
        (Rows, Total) = await ledger.PageAsync(Filter, PageNumber, PageSize, ct);
    }

    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct) =>
        File(await ledger.ExportAsync(Filter, ct), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "依申请公开登记台账.xlsx");

    public string PageUrl(int page) =>
        $"/workspace/disclosure/requests?Filter.Year={Filter.Year}&Filter.State={Filter.State}&Filter.Reply={Filter.Reply}&Filter.Q={Uri.EscapeDataString(Filter.Q ?? "")}&p={page}";
}
