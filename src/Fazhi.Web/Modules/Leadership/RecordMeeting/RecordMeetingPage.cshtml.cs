using Fazhi.Modules.Leadership.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Leadership.RecordMeeting;

internal sealed class RecordMeetingPage(RecordMeetingHandler handler, TimeProvider clock) : PageModel
{
    public RecordMeetingRequest Form { get; private set; } = null!;

    public IActionResult OnGet()
    {
        Form = RecordMeetingRequest.Blank(Platform.Time.ChinaTime.Today(clock));
        return Page();
    }

    [WhoMay<LeadershipRecordsKeptByClerkOrLeader>]
    public async Task<IActionResult> OnPostAsync(RecordMeetingRequest form, CancellationToken ct)
    {
        Form = form;
        var m = await handler.HandleAsync(User.ToActor(), form, ct);
        TempData["Flash"] = $"已登记{LeadershipLabels.Meeting(m.Kind)}（{m.HeldOn:yyyy-MM-dd}）“{m.Topic}”，计入年度报告第三部分。";
        return Redirect($"/workspace/leadership?Year={m.HeldOn.Year}");
    }
}
