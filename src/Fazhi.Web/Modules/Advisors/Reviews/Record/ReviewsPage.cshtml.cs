using Fazhi.Modules.Advisors.Model;
using Fazhi.Modules.Advisors.Reviews.SubmitReview;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Advisors.Reviews.Record;

internal sealed class ReviewsPage(ReviewLedger ledger) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true)]
    public ReviewFilter Filter { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<ContractReview> Rows { get; private set; } = [];

    public int Total { get; private set; }

    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public bool MaySubmit => WhoMayRule.Of<ReviewsSubmittedByClerkOrLeader>().Admits(User.ToActor());

    public async Task OnGetAsync(CancellationToken ct)
    {
        PageNumber = Math.Max(1, PageNumber);
        (Rows, Total) = await ledger.PageAsync(Filter, PageNumber, PageSize, ct);
    }

    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct) =>
        File(await ledger.ExportAsync(Filter, ct), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "合同合法性审查台账.xlsx");

    public string PageUrl(int page) => $"/workspace/advisors/reviews?Filter.Year={Filter.Year}&Filter.Flagged={Filter.Flagged}&Filter.Q={Uri.EscapeDataString(Filter.Q ?? "")}&p={page}";
}
