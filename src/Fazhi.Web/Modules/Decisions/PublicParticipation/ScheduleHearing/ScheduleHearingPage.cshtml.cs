using Fazhi.Modules.Decisions.Model;
using Fazhi.Modules.Decisions.Record;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;

namespace Fazhi.Modules.Decisions.PublicParticipation.ScheduleHearing;

internal sealed class ScheduleHearingPage(ScheduleHearingHandler handler, FazhiDbContext db, TimeProvider clock) : DecisionStepPage<ScheduleHearingRequest>(db, clock)
{
    public static string PathFor(Guid id) => $"/workspace/decisions/{id}/hearings/new";

    protected override ScheduleHearingRequest BlankFor(MajorDecision decision, DateOnly today) => ScheduleHearingHandler.BlankFor(decision, today);

    [WhoMay<HearingScheduledByClerkOrLeader>]
    public async Task<IActionResult> OnPostAsync(ScheduleHearingRequest request, CancellationToken ct) =>
        await handler.HandleAsync(User.ToActor(), Id, request, ct) is { } decision
            ? Done("已安排听证会。听证材料须于听证会7日前送达听证参加人（第十六条），期限已列入待办与预警。")
            : NotFound();
}
