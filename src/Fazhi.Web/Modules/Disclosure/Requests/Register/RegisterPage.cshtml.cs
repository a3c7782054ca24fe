using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Disclosure.Requests.Register;

/// <summary>登记申请: an application handed in at the window, posted or faxed.</summary>
internal sealed class RegisterPage(RegisterHandler handler, TimeProvider clock) : PageModel, IStepPage
{
    public RegisterRequest Form { get; private set; } = null!;

    public IActionResult OnGet()
    {
        Form = RegisterRequest.Blank(Platform.Time.ChinaTime.Today(clock));
        return Page();
    }

    [WhoMay<RequestsRegisteredByClerkOrLeader>]
    public async Task<IActionResult> OnPostAsync(RegisterRequest form, CancellationToken ct)
    {
        Form = form;
        var request = await handler.HandleAsync(User.ToActor(), form, ct);
        TempData["Flash"] = request.ReceivedOn is null
            ? $"已登记申请 {request.Number}。请与申请人确认收到后在此登记收到日期，答复期限自该日起计算（第三十一条）。"
            : $"已登记申请 {request.Number}，收到申请之日 {request.ReceivedOn:yyyy-MM-dd}，应于 {request.ReplyDueOn:yyyy-MM-dd} 前答复（第三十三条）。";
        return Redirect(RequestDesk.Url(request.Id));
    }

    public Task<bool> LoadAsync(CancellationToken ct)
    {
        Form ??= RegisterRequest.Blank(Platform.Time.ChinaTime.Today(clock));
        return Task.FromResult(true);
    }
}
