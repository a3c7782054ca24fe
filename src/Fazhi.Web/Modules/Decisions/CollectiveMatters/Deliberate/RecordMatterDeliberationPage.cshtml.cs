using Fazhi.Modules.Decisions.Meetings;
using Fazhi.Modules.Decisions.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;

namespace Fazhi.Modules.Decisions.CollectiveMatters.Deliberate;

internal sealed class RecordMatterDeliberationPage(RecordMatterDeliberationHandler handler, FazhiDbContext db, TimeProvider clock) : MatterStepPage<MeetingRecordRequest>(db, clock)
{
    public static string PathFor(Guid id) => $"/workspace/decisions/collective-matters/{id}/meeting";

    protected override MeetingRecordRequest BlankFor(DateOnly today) => RecordMatterDeliberationHandler.BlankFor(today);

    [WhoMay<MatterDeliberationRecordedByClerkOrLeader>]
    public async Task<IActionResult> OnPostAsync(MeetingRecordRequest request, CancellationToken ct) =>
        await handler.HandleAsync(User.ToActor(), Id, request, ct) is { } matter
            ? Done($"已记录集体讨论决定：{DecisionLabels.Outcome(matter.Outcome!.Value)}。请上传会议录音。")
            : NotFound();
}
