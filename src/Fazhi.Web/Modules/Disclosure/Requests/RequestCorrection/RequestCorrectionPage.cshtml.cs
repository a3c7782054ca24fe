using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;

namespace Fazhi.Modules.Disclosure.Requests.RequestCorrection;

/// <summary>The step's own page: the form alone (also embedded in the application's record page), and where it posts.</summary>
internal sealed class RequestCorrectionPage(RequestDesk desk, RequestCorrectionHandler handler) : RequestStepPage(desk)
{
    public RequestCorrectionRequest Form { get; private set; } = new("", null, null);

    [WhoMay<CorrectionRequestedByClerkOrLeader>]
    public async Task<IActionResult> OnPostAsync(RequestCorrectionRequest form, CancellationToken ct)
    {
        Form = form;
        return Done(await handler.HandleAsync(User.ToActor(), Id, form, ct), r => $"已告知申请人补正，补正期限至 {r.CorrectionDueOn:yyyy-MM-dd}；答复期限自收到补正申请之日起计算。");
    }
}
