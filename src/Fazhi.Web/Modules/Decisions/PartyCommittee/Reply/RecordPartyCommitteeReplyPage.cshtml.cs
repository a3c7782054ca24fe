using Fazhi.Modules.Decisions.Model;
using Fazhi.Modules.Decisions.Record;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;

namespace Fazhi.Modules.Decisions.PartyCommittee.Reply;

internal sealed class RecordPartyCommitteeReplyPage(RecordPartyCommitteeReplyHandler handler, FazhiDbContext db, TimeProvider clock)
    : DecisionStepPage<RecordPartyCommitteeReplyRequest>(db, clock)
{
    public static string PathFor(Guid id) => $"/workspace/decisions/{id}/party-committee/reply";

    protected override RecordPartyCommitteeReplyRequest BlankFor(MajorDecision decision, DateOnly today) => RecordPartyCommitteeReplyHandler.BlankFor(decision, today);

    /// <summary>The reply with, optionally, the committee's written reply (批复) kept in the archive.</summary>
    [WhoMay<PartyCommitteeReplyRecordedByClerkOrLeader>]
    public async Task<IActionResult> OnPostAsync(RecordPartyCommitteeReplyRequest request, IFormFile? replyFile, CancellationToken ct)
    {
        MajorDecision? decision;
        if (replyFile is { Length: > 0 })
        {
            await using var stream = replyFile.OpenReadStream();
            decision = await handler.HandleAsync(User.ToActor(), Id, request, (replyFile.FileName, stream), ct);
        }
        else
        {
            decision = await handler.HandleAsync(User.ToActor(), Id, request, null, ct);
        }

        return decision is null ? NotFound()
            : Done(decision.PartyAgreed == true ? "已记录同级党委同意的意见，决策可以公布（第三十一条、第三十二条）。" : "已记录同级党委的意见：不同意。决策不能公布，可修改后再次请示报告。");
    }
}
