using Fazhi.Modules.Enforcement.Cases.Record;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;

namespace Fazhi.Modules.Enforcement.Cases.HearingNotice;

internal sealed class ScheduleHearingPage(ScheduleHearingHandler handler, FazhiDbContext db, TimeProvider clock) : CaseStepPage<ScheduleHearingRequest>(db, clock)
{
    public static string PathFor(Guid id) => $"/workspace/enforcement/cases/{id}/hearing-notice";

    protected override ScheduleHearingRequest BlankFor(EnforcementCase @case, DateOnly today) => ScheduleHearingRequest.Blank();

    [WhoMay<HearingOrganisedByClerkOrLeader>]
    public async Task<IActionResult> OnPostAsync(ScheduleHearingRequest request, CancellationToken ct) =>
        await handler.HandleAsync(User.ToActor(), Id, request, ct) is not null ? Done("已通知听证；下一步：按期举行听证并记录听证笔录（第六十四条）。") : NotFound();
}
