using Fazhi.Modules.Enforcement.Publicity;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.ErrorHandling;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Enforcement.Pages;

/// <summary>执法投诉台账: filters, pages of 20 cut in the database, Excel export, and a reply form on each unanswered complaint.</summary>
internal sealed class ComplaintsModel(FazhiDbContext db, ComplaintDesk desk, ComplaintLedger ledger) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? State { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public int Total { get; private set; }

    [BindProperty]
    public Guid Id { get; set; }

    [BindProperty]
    public Guid? CaseId { get; set; }

    [BindProperty]
    public string? Reply { get; set; }

    public IReadOnlyList<ComplaintRow> Complaints { get; private set; } = [];

    public IReadOnlyList<CaseChoice> Cases { get; private set; } = [];

    public ComplaintFilter Filter => new(State, Year, Q);

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    /// <summary>The ledger as an Excel workbook, with the same filters as the page.</summary>
    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct) =>
        File(await ledger.ExportAsync(Filter, ct), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "执法投诉台账.xlsx");

    public string PageLink(int page) => $"?{Filter.Query()}&p={page}";

    /// <summary>The case picker's search (输入案号或案由): the township's cases whose 案号 or 案由 contains the text.</summary>
    public async Task<IActionResult> OnGetCasesAsync(string? term, CancellationToken ct) =>
        new JsonResult((await ledger.CasesAsync(ct, term)).Select(c => new { value = c.Id, text = $"{c.CaseNumber} {c.Title}" }));

    [WhoMay<ComplaintAnsweredByClerkOrLeader>]
    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var complaint = await db.Set<EnforcementComplaint>().SingleOrDefaultAsync(c => c.Id == Id, ct);
        if (complaint is null)
        {
            return NotFound();
        }

        if (string.IsNullOrWhiteSpace(Reply))
        {
            ModelState.AddModelError(nameof(Reply), "请填写答复内容。");
        }
        else
        {
            try
            {
                await desk.ReplyAsync(User.ToActor(), complaint, CaseId, Reply, null, ct);
                TempData["Flash"] = "已答复。";
                return Redirect("/workspace/enforcement/complaints");
            }
            catch (BusinessRuleException e)
            {
                ModelState.AddModelError(nameof(Reply), e.Message);
            }
        }

        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        PageNumber = Math.Max(1, PageNumber);
        (Complaints, Total) = await ledger.PageAsync(Filter, PageNumber, ct);
        Cases = Complaints.Any(c => c.RepliedOn is null) ? await ledger.CasesAsync(ct) : [];
    }
}
