using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;

namespace Fazhi.Modules.Disclosure.Requests.Reply;

/// <summary>The step's own page: the form alone (also embedded in the application's record page), and where it posts.</summary>
internal sealed class ReplyPage(RequestDesk desk, ReplyHandler handler) : RequestStepPage(desk)
{
    public ReplyRequest Form { get; private set; } = new(Model.ReplyType.Provided, null, null, "", null);

    [WhoMay<ReplyGivenByClerkOrLeader>]
    public async Task<IActionResult> OnPostAsync(ReplyRequest form, CancellationToken ct)
    {
        Form = form;
        return Done(await handler.HandleAsync(User.ToActor(), Id, form, ct), r => $"已作出答复（{Model.DisclosureLabels.Reply(r.ReplyType!.Value)}），请下载答复书送达申请人。");
    }
}
