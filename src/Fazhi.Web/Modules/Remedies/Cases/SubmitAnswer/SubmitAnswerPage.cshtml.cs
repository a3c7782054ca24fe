using Fazhi.Modules.Remedies.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;

namespace Fazhi.Modules.Remedies.Cases.SubmitAnswer;

internal sealed class SubmitAnswerPage(CaseDesk desk, SubmitAnswerHandler handler) : CaseStepPage(desk)
{
    public SubmitAnswerRequest Form { get; private set; } = new("", null);

    [WhoMay<AnswersSubmittedByClerkOrLeader>]
    public async Task<IActionResult> OnPostAsync(SubmitAnswerRequest form, CancellationToken ct)
    {
        Form = form;
        return Done(await handler.HandleAsync(User.ToActor(), Id, form, ct), c => $"已登记于 {c.AnsweredOn:yyyy-MM-dd} 提交{RemedyLabels.Answer(c.Kind)}。");
    }
}
