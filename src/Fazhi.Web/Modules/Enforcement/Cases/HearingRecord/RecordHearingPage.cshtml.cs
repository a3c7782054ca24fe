using Fazhi.Modules.Enforcement.Cases.Record;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;

namespace Fazhi.Modules.Enforcement.Cases.HearingRecord;

internal sealed class RecordHearingPage(RecordHearingHandler handler, FazhiDbContext db, TimeProvider clock) : CaseStepPage<RecordHearingRequest>(db, clock)
{
    public static string PathFor(Guid id) => $"/workspace/enforcement/cases/{id}/hearing";

    protected override RecordHearingRequest BlankFor(EnforcementCase @case, DateOnly today) => RecordHearingRequest.Blank();

    [WhoMay<HearingRecordKeptByClerkOrLeader>]
    public async Task<IActionResult> OnPostAsync(RecordHearingRequest request, CancellationToken ct) =>
        await handler.HandleAsync(User.ToActor(), Id, request, ct) is not null ? Done("已保存听证笔录。决定应依据听证笔录作出，并须经法制审核（第六十五条、第五十八条）。") : NotFound();
}
