using Fazhi.Modules.Enforcement.Cases.Record;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;

namespace Fazhi.Modules.Enforcement.Cases.Publication;

internal sealed class PublishPenaltyPage(PublishPenaltyHandler handler, FazhiDbContext db, TimeProvider clock) : CaseStepPage<PublishPenaltyRequest>(db, clock)
{
    public static string PathFor(Guid id) => $"/workspace/enforcement/cases/{id}/publication";

    protected override PublishPenaltyRequest BlankFor(EnforcementCase @case, DateOnly today) => PublishPenaltyRequest.Blank();

    [WhoMay<PenaltyPublishedByClerkOrLeader>]
    public async Task<IActionResult> OnPostAsync(PublishPenaltyRequest request, CancellationToken ct) =>
        await handler.HandleAsync(User.ToActor(), Id, request, ct) is not null ? Done("已在门户“执法公示”栏目公示处罚决定（已隐去个人信息）。") : NotFound();
}
