using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;

namespace Fazhi.Modules.Disclosure.Requests.ConfirmReceipt;

/// <summary>The step's own page: the form alone (also embedded in the application's record page), and where it posts.</summary>
internal sealed class ConfirmReceiptPage(RequestDesk desk, ConfirmReceiptHandler handler) : RequestStepPage(desk)
{
    public ConfirmReceiptRequest Form { get; private set; } = new(null);

    [WhoMay<ReceiptConfirmedByClerkOrLeader>]
    public async Task<IActionResult> OnPostAsync(ConfirmReceiptRequest form, CancellationToken ct)
    {
        Form = form;
        return Done(await handler.HandleAsync(User.ToActor(), Id, form, ct), r => $"已确认于 {r.ReceivedOn:yyyy-MM-dd} 收到申请，应于 {r.ReplyDueOn:yyyy-MM-dd} 前答复（《政府信息公开条例》第三十三条）。");
    }
}
