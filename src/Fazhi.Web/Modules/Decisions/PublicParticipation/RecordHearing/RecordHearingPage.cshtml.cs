using Fazhi.Modules.Decisions.Model;
using Fazhi.Modules.Decisions.Record;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;

namespace Fazhi.Modules.Decisions.PublicParticipation.RecordHearing;

internal sealed class RecordHearingPage(RecordHearingHandler handler, FazhiDbContext db, TimeProvider clock) : DecisionStepPage<RecordHearingRequest>(db, clock)
{
    public static string PathFor(Guid id, Guid hearingId) => $"/workspace/decisions/{id}/hearings/{hearingId}/record";

    [BindProperty(SupportsGet = true)]
    public Guid HearingId { get; set; }

    public override async Task<bool> LoadAsync(CancellationToken ct) => await base.LoadAsync(ct) && Decision.Hearing(HearingId) is not null;

    protected override RecordHearingRequest BlankFor(MajorDecision decision, DateOnly today) => RecordHearingHandler.BlankFor(decision, today);

    [WhoMay<HearingRecordedByClerkOrLeader>]
    public async Task<IActionResult> OnPostAsync(RecordHearingRequest request, CancellationToken ct) =>
        await handler.HandleAsync(User.ToActor(), Id, HearingId, request, ct) is { } decision
            ? Done("已记录听证笔录。听证意见的采纳情况在决策公布时一并说明（第十八条、第三十二条）。")
            : NotFound();
}
