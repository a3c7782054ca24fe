using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;

namespace Fazhi.Modules.Disclosure.Requests.Close;

/// <summary>The step's own page: the form alone (also embedded in the application's record page), and where it posts.</summary>
internal sealed class ClosePage(RequestDesk desk, CloseHandler handler) : RequestStepPage(desk)
{
    public CloseRequest Form { get; private set; } = new(Model.ClosingKind.Withdrawn, null, null);

    [WhoMay<RequestClosedByClerkOrLeader>]
    public async Task<IActionResult> OnPostAsync(CloseRequest form, CancellationToken ct)
    {
        Form = form;
        return Done(await handler.HandleAsync(User.ToActor(), Id, form, ct), r => $"申请已终止办理：{Model.DisclosureLabels.Closing(r.ClosingKind!.Value)}。");
    }
}
