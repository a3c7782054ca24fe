using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Leadership.AddPlanTask;

internal sealed class AddPlanTaskPage(AddPlanTaskHandler handler) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Year { get; set; }

    public AddPlanTaskRequest Form { get; private set; } = new("", "", null);

    public IActionResult OnGet() => Page();

    [WhoMay<LeadershipRecordsKeptByClerkOrLeader>]
    public async Task<IActionResult> OnPostAsync(AddPlanTaskRequest form, CancellationToken ct)
    {
        Form = form;
        var (_, task) = await handler.HandleAsync(User.ToActor(), Year, form, ct);
        TempData["Flash"] = $"已列入任务“{task.Title}”（{task.Owner}，{task.DueOn:yyyy-MM-dd}前完成），已进入待办与预警。";
        return Redirect($"/workspace/leadership?Year={Year}");
    }
}
