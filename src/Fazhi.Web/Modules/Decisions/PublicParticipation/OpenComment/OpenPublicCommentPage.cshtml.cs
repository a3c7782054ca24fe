using Fazhi.Modules.Decisions.Model;
using Fazhi.Modules.Decisions.Record;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;

namespace Fazhi.Modules.Decisions.PublicParticipation.OpenComment;

internal sealed class OpenPublicCommentPage(OpenPublicCommentHandler handler, FazhiDbContext db, TimeProvider clock) : DecisionStepPage<OpenPublicCommentRequest>(db, clock)
{
    public static string PathFor(Guid id) => $"/workspace/decisions/{id}/public-comment";

    protected override OpenPublicCommentRequest BlankFor(MajorDecision decision, DateOnly today) => OpenPublicCommentHandler.BlankFor(decision, today);

    [WhoMay<PublicCommentOpenedByClerkOrLeader>]
    public async Task<IActionResult> OnPostAsync(OpenPublicCommentRequest request, CancellationToken ct) =>
        await handler.HandleAsync(User.ToActor(), Id, request, ct) is { } decision
            ? Done($"已在门户公开征求意见，至 {decision.CommentClosesOn:yyyy-MM-dd} 截止。期满后答复意见并公布采纳情况，再提交集体讨论（第十五条、第十八条）。")
            : NotFound();
}
