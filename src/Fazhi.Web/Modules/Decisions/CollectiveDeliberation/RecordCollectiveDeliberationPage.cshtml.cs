using Fazhi.Modules.Decisions.Model;
using Fazhi.Modules.Decisions.Meetings;
using Fazhi.Modules.Decisions.Record;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;

namespace Fazhi.Modules.Decisions.CollectiveDeliberation;

internal sealed class RecordCollectiveDeliberationPage(RecordCollectiveDeliberationHandler handler, FazhiDbContext db, TimeProvider clock) : DecisionStepPage<MeetingRecordRequest>(db, clock)
{
    public static string PathFor(Guid id) => $"/workspace/decisions/{id}/collective-deliberation";

    protected override MeetingRecordRequest BlankFor(MajorDecision decision, DateOnly today) => RecordCollectiveDeliberationHandler.BlankFor(decision, today);

    [WhoMay<CollectiveDeliberationRecordedByClerkOrLeader>]
    public async Task<IActionResult> OnPostAsync(MeetingRecordRequest request, CancellationToken ct) =>
        await handler.HandleAsync(User.ToActor(), Id, request, ct) is { } decision
            ? Done($"已记录集体讨论决定：{DecisionLabels.Outcome(decision.Outcome!.Value)}。" + (decision.Stage == DecisionStage.Adopted ? "下一步：在门户公布决策（第三十二条）。" : ""))
            : NotFound();
}
