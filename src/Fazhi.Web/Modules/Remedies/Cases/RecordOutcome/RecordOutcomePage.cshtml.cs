using Fazhi.Modules.Remedies.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;

namespace Fazhi.Modules.Remedies.Cases.RecordOutcome;

internal sealed class RecordOutcomePage(CaseDesk desk, RecordOutcomeHandler handler) : CaseStepPage(desk)
{
    public RecordOutcomeRequest Form { get; private set; } = new(null, null, "");

    [WhoMay<OutcomesRecordedByClerkOrLeader>]
    public async Task<IActionResult> OnPostAsync(RecordOutcomeRequest form, CancellationToken ct)
    {
        Form = form;
        return Done(await handler.HandleAsync(User.ToActor(), Id, form, ct), c => $"已登记结果：{RemedyLabels.Outcome(c.Outcome!.Value)}。");
    }
}
