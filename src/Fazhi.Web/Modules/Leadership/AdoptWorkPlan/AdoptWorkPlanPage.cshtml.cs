using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Leadership.AdoptWorkPlan;

internal sealed class AdoptWorkPlanPage(AdoptWorkPlanHandler handler) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Year { get; set; }

    public AdoptWorkPlanRequest Form { get; private set; } = null!;

    public IActionResult OnGet()
    {
        Form = new AdoptWorkPlanRequest($"{Year}年法治建设工作要点", null, "");
        return Page();
    }

    [WhoMay<LeadershipRecordsKeptByClerkOrLeader>]
    public async Task<IActionResult> OnPostAsync(AdoptWorkPlanRequest form, CancellationToken ct)
    {
        Form = form;
        var plan = await handler.HandleAsync(User.ToActor(), Year, form, ct);
        TempData["Flash"] = $"已登记《{plan.Title}》，请列入各项任务、责任单位和完成时限，任务将进入待办与预警。";
        return Redirect($"/workspace/leadership?Year={Year}");
    }
}
