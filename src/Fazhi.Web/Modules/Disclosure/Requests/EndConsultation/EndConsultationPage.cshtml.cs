using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;

namespace Fazhi.Modules.Disclosure.Requests.EndConsultation;

/// <summary>The step's own page: the form alone (also embedded in the application's record page), and where it posts.</summary>
internal sealed class EndConsultationPage(RequestDesk desk, EndConsultationHandler handler) : RequestStepPage(desk)
{
    public EndConsultationRequest Form { get; private set; } = new(Model.ThirdPartyAnswer.Agreed, null, null);

    [WhoMay<ConsultationEndedByClerkOrLeader>]
    public async Task<IActionResult> OnPostAsync(EndConsultationRequest form, CancellationToken ct)
    {
        Form = form;
        return Done(await handler.HandleAsync(User.ToActor(), Id, form, ct), r => $"已登记第三方意见，答复期限恢复计算，应于 {r.ReplyDueOn:yyyy-MM-dd} 前答复。");
    }
}
