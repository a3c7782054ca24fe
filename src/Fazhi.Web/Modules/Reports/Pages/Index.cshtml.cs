using System.ComponentModel.DataAnnotations;
using Fazhi.Modules.Reports.Drafting;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.ErrorHandling;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Reports.Pages;

/// <summary>The township's annual reports, and the form that starts a year's draft from the records.</summary>
internal sealed class IndexModel(FazhiDbContext db, ReportWorkflow workflow) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "请填写报告年度。")]
    [Range(2000, 2100, ErrorMessage = "年度须在 2000 至 2100 之间。")]
    public int? Year { get; set; }

    public List<AnnualReport> Reports { get; private set; } = [];

    public DateOnly Today => workflow.Today;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Year ??= Today.Year - 1;
        await LoadAsync(ct);
    }

    [WhoMay<ReportDraftedByClerkOrLeader>]
    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            try
            {
                await workflow.DraftAsync(db.Tenant.TownshipId!.Value, Year!.Value, Actor(User), ct);
                TempData["Flash"] = $"已根据本乡镇 {Year} 年度记录起草报告。";
                return Redirect($"/workspace/reports/{Year}");
            }
            catch (BusinessRuleException e)
            {
                ModelState.AddModelError(nameof(Year), e.Message);
            }
        }

        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct) =>
        Reports = await db.Set<AnnualReport>().OrderByDescending(r => r.Year).ToListAsync(ct);

    internal static ReportActor Actor(System.Security.Claims.ClaimsPrincipal user) =>
        new(user.FindFirst(FazhiClaims.DisplayName)?.Value ?? user.Identity?.Name ?? "", user.ToActor());
}
