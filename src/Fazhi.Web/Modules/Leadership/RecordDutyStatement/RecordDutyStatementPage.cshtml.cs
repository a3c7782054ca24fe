using Fazhi.Modules.Leadership.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Leadership.RecordDutyStatement;

internal sealed class RecordDutyStatementPage(RecordDutyStatementHandler handler, TimeProvider clock) : PageModel
{
    public RecordDutyStatementRequest Form { get; private set; } = null!;

    public IActionResult OnGet()
    {
        Form = RecordDutyStatementRequest.Blank(Platform.Time.ChinaTime.Today(clock));
        return Page();
    }

    [WhoMay<LeadershipRecordsKeptByClerkOrLeader>]
    public async Task<IActionResult> OnPostAsync(RecordDutyStatementRequest form, CancellationToken ct)
    {
        Form = form;
        var s = await handler.HandleAsync(User.ToActor(), form, ct);
        TempData["Flash"] = $"已登记{LeadershipLabels.Role(s.Role)}{s.Speaker}的{s.Year}年度述法。";
        return Redirect($"/workspace/leadership?Year={s.Year}");
    }
}
