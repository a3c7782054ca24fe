using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;

namespace Fazhi.Modules.Disclosure.Requests.ConsultThirdParty;

/// <summary>The step's own page: the form alone (also embedded in the application's record page), and where it posts.</summary>
internal sealed class ConsultThirdPartyPage(RequestDesk desk, ConsultThirdPartyHandler handler) : RequestStepPage(desk)
{
    public ConsultThirdPartyRequest Form { get; private set; } = new("", null);

    [WhoMay<ThirdPartyConsultedByClerkOrLeader>]
    public async Task<IActionResult> OnPostAsync(ConsultThirdPartyRequest form, CancellationToken ct)
    {
        Form = form;
        return Done(await handler.HandleAsync(User.ToActor(), Id, form, ct), r => $"已向{r.ThirdParty}发出征求意见书，第三方应在 15 个工作日内提出意见；征求意见期间不计入答复期限。");
    }
}
