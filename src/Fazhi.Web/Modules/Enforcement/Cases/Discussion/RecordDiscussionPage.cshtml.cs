using Fazhi.Modules.Enforcement.Cases.Record;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;

namespace Fazhi.Modules.Enforcement.Cases.Discussion;

internal sealed class RecordDiscussionPage(RecordDiscussionHandler handler, FazhiDbContext db, TimeProvider clock) : CaseStepPage<RecordDiscussionRequest>(db, clock)
{
    public static string PathFor(Guid id) => $"/workspace/enforcement/cases/{id}/discussion";

    protected override RecordDiscussionRequest BlankFor(EnforcementCase @case, DateOnly today) => RecordDiscussionRequest.Blank();

    [WhoMay<CollectiveDiscussionByLeaders>]
    public async Task<IActionResult> OnPostAsync(RecordDiscussionRequest request, CancellationToken ct) =>
        await handler.HandleAsync(User.ToActor(), Id, request, ct) is not null ? Done("已记录负责人集体讨论；下一步：由负责人作出行政处罚决定（第五十七条）。") : NotFound();
}
