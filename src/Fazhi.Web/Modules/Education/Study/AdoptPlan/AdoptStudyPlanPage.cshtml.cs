using Fazhi.Modules.Education.Excel;
using Fazhi.Modules.Education.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Education.Study.AdoptPlan;

/// <summary>The year's study plan: shown, and adopted from the committee's sheet (月份, 学法形式, 学习主题).</summary>
internal sealed class AdoptStudyPlanPage(AdoptStudyPlanHandler handler, FazhiDbContext db) : PageModel, IStepPage
{
    [BindProperty(SupportsGet = true)]
    public int Year { get; set; }

    [BindProperty]
    public string? Title { get; set; }

    [BindProperty]
    public DateOnly? AdoptedOn { get; set; }

    public StudyPlan? Plan { get; private set; }

    public ImportReport? Report { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    [WhoMay<StudyRecordedByClerkOrLeader>]
    public async Task<IActionResult> OnPostAsync(IFormFile? file, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(Title))
        {
            ModelState.AddModelError(nameof(Title), "请填写计划名称。");
        }

        if (AdoptedOn is null)
        {
            ModelState.AddModelError(nameof(AdoptedOn), "请填写印发日期。");
        }

        if (file is null || file.Length == 0)
        {
            ModelState.AddModelError("file", "请选择计划表（Excel，列：月份、学法形式、学习主题）。");
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync(ct);
            return Page();
        }

        await using var stream = file!.OpenReadStream();
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, ct);
        buffer.Position = 0;
        var (sessions, failure, errors) = AdoptStudyPlanHandler.Read(buffer);
        if (failure is not null || errors.Count > 0)
        {
            Report = failure ?? new ImportReport(0, errors);
            await LoadAsync(ct);
            return Page();
        }

        var plan = await handler.HandleAsync(User.ToActor(), Year, new AdoptStudyPlanRequest(Title!, AdoptedOn, sessions), ct);
        TempData["Flash"] = $"{Year} 年度学法计划已印发：计划学法 {plan.Items.Count} 次。";
        return Redirect($"/workspace/education/study/plan/{Year}");
    }

    public async Task<bool> LoadAsync(CancellationToken ct)
    {
        var townshipId = User.ToActor().TownshipId!.Value;
        Plan = await db.Set<StudyPlan>().AsNoTracking().SingleOrDefaultAsync(p => p.TownshipId == townshipId && p.Year == Year, ct);
        Title ??= Plan?.Title ?? $"{Year}年度党委理论学习中心组学法计划";
        AdoptedOn ??= Plan?.AdoptedOn;
        return true;
    }
}
