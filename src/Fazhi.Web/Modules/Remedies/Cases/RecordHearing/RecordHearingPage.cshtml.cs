using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;

namespace Fazhi.Modules.Remedies.Cases.RecordHearing;

internal sealed class RecordHearingPage(CaseDesk desk, RecordHearingHandler handler) : CaseStepPage(desk)
{
    public RecordHearingRequest Form { get; private set; } = RecordHearingRequest.Blank;

    [WhoMay<HearingsRecordedByClerkOrLeader>]
    public async Task<IActionResult> OnPostAsync(RecordHearingRequest form, CancellationToken ct)
    {
        Form = form;
        return Done(await handler.HandleAsync(User.ToActor(), Id, form, ct), c => c.LeaderAppeared == true ? $"已登记：负责人 {c.AppearedBy} 出庭（参加听证）。" : $"已登记：负责人未出庭，委托 {c.AppearedBy} 出庭。");
    }
}
