using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;

namespace Fazhi.Modules.Disclosure.Requests.Extend;

/// <summary>The step's own page: the form alone (also embedded in the application's record page), and where it posts.</summary>
internal sealed class ExtendPage(RequestDesk desk, ExtendHandler handler) : RequestStepPage(desk)
{
    public ExtendRequest Form { get; private set; } = new(null, "", null, null);

    [WhoMay<ExtensionApprovedByLeader>]
    public async Task<IActionResult> OnPostAsync(ExtendRequest form, CancellationToken ct)
    {
        Form = form;
        return Done(await handler.HandleAsync(User.ToActor(), Id, form, ct), r => $"答复期限已延长 {r.ExtensionDays} 个工作日，应于 {r.ReplyDueOn:yyyy-MM-dd} 前答复。");
    }
}
