using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;

namespace Fazhi.Modules.Disclosure.Requests.RecordCorrection;

/// <summary>The step's own page: the form alone (also embedded in the application's record page), and where it posts.</summary>
internal sealed class RecordCorrectionPage(RequestDesk desk, RecordCorrectionHandler handler) : RequestStepPage(desk)
{
    public RecordCorrectionRequest Form { get; private set; } = new("", null);

    [WhoMay<CorrectionRecordedByClerkOrLeader>]
    public async Task<IActionResult> OnPostAsync(RecordCorrectionRequest form, CancellationToken ct)
    {
        Form = form;
        return Done(await handler.HandleAsync(User.ToActor(), Id, form, ct), r => $"已登记补正申请，答复期限自 {r.ReceivedOn:yyyy-MM-dd} 起重新计算，应于 {r.ReplyDueOn:yyyy-MM-dd} 前答复。");
    }
}
