using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Leadership.WriteSummary;

internal sealed class WriteSummaryPage(WriteSummaryHandler handler) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Year { get; set; }

    public WriteSummaryRequest Form { get; private set; } = new("", null);

    public IActionResult OnGet() => Page();

    [WhoMay<LeadershipRecordsKeptByClerkOrLeader>]
    public async Task<IActionResult> OnPostAsync(WriteSummaryRequest form, CancellationToken ct)
    {
        Form = form;
        await handler.HandleAsync(User.ToActor(), Year, form, ct);
        TempData["Flash"] = $"{Year}年度法治建设工作总结已保存，起草年度报告第三部分时引用。";
        return Redirect($"/workspace/leadership?Year={Year}");
    }
}
