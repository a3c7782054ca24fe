using Fazhi.Modules.Decisions.Model;
using Fazhi.Modules.Decisions.Record;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;

namespace Fazhi.Modules.Decisions.Implementation.CompleteMilestone;

internal sealed class CompleteMilestonePage(CompleteMilestoneHandler handler, FazhiDbContext db, TimeProvider clock) : DecisionStepPage<CompleteMilestoneRequest>(db, clock)
{
    public static string PathFor(Guid id, Guid milestoneId) => $"/workspace/decisions/{id}/milestones/{milestoneId}/completion";

    [BindProperty(SupportsGet = true)]
    public Guid MilestoneId { get; set; }

    public override async Task<bool> LoadAsync(CancellationToken ct) => await base.LoadAsync(ct) && Decision.Milestone(MilestoneId) is not null;

    protected override CompleteMilestoneRequest BlankFor(MajorDecision decision, DateOnly today) => CompleteMilestoneHandler.BlankFor(decision, today);

    [WhoMay<MilestoneCompletionRecordedByClerkOrLeader>]
    public async Task<IActionResult> OnPostAsync(CompleteMilestoneRequest request, CancellationToken ct) =>
        await handler.HandleAsync(User.ToActor(), Id, MilestoneId, request, ct) is { } decision
            ? Done("已记录执行节点的完成情况。")
            : NotFound();
}
