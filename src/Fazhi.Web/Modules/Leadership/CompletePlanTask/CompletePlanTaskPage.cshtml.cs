using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Leadership.CompletePlanTask;

internal sealed class CompletePlanTaskPage(CompletePlanTaskHandler handler, LeadershipQueries queries, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid TaskId { get; set; }

    public CompletePlanTaskRequest Form { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Form = new CompletePlanTaskRequest(Platform.Time.ChinaTime.Today(clock), "");
        var plan = await queries.PlanAsync(Platform.Auth.ActorClaims.ToActor(User).TownshipId!.Value, Year, ct);
        return plan is not null && plan.Tasks.Any(t => t.Id == TaskId) ? Page() : NotFound();
    }

    [WhoMay<PlanTasksCompletedByOwners>]
    public async Task<IActionResult> OnPostAsync(CompletePlanTaskRequest form, CancellationToken ct)
    {
        Form = form;
        if (await handler.HandleAsync(User.ToActor(), Year, TaskId, form, ct) is not { } task)
        {
            return NotFound();
        }

        TempData["Flash"] = $"任务“{task.Title}”已销号（{task.DoneOn:yyyy-MM-dd}）。";
        return Redirect($"/workspace/leadership?Year={Year}");
    }
}
