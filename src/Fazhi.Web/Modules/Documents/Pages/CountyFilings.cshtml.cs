using Fazhi.Modules.Documents.FilingReview;
using Fazhi.Modules.Documents.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.ErrorHandling;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Documents.Pages;

/// <summary>
/// 备案审查 inbox of the county reviewer: filings of the county's own townships only (tenant filter), the filed text,
/// and the decision 准予备案 / 责令纠正 with reasons, which the township then sees on its record.
/// </summary>
internal sealed class CountyFilingsModel(FazhiDbContext db, FilingReviewHandler handler) : PageModel, IStepPage
{
    [BindProperty(SupportsGet = true)]
    public bool Pending { get; set; }

    public IReadOnlyList<FilingInboxRow> Rows { get; private set; } = [];

    /// <summary>The filed text of each document, by document id.</summary>
    public IReadOnlyDictionary<Guid, string> Texts { get; private set; } = new Dictionary<Guid, string>();

    public Guid? FailedFiling { get; private set; }

    public string? Refusal { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    [WhoMay<FilingReviewedByCounty>]
    public async Task<IActionResult> OnPostAsync(Guid filingId, bool accept, string? reasons, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(reasons))
        {
            ModelState.AddModelError($"Reasons_{filingId}", "请填写审查意见。");
        }
        else
        {
            try
            {
                if (await handler.DecideAsync(filingId, new FilingDecisionRequest(accept, reasons), User.ToActor(), ct) is null)
                {
                    return NotFound();
                }

                TempData["Flash"] = accept ? "已准予备案。" : "已责令纠正，乡镇将在文件记录中看到审查意见。";
                return Redirect("/county/filings");
            }
            catch (BusinessRuleException e)
            {
                Refusal = e.Message;
                db.ChangeTracker.Clear();
            }
        }

        FailedFiling = filingId;
        await LoadAsync(ct);
        return Page();
    }

    public async Task<bool> LoadAsync(CancellationToken ct)
    {
        Rows = await handler.InboxAsync(Pending, ct);
        var ids = Rows.Select(r => r.DocumentId).Distinct().ToList();
        Texts = await db.Set<NormativeDocument>().AsNoTracking().Where(d => ids.Contains(d.Id))
            .Select(d => new { d.Id, Text = d.PublishedBody ?? "" }).ToDictionaryAsync(d => d.Id, d => d.Text, ct);
        return true;
    }
}
