using Fazhi.Modules.Enforcement.Cases.Record;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;

namespace Fazhi.Modules.Enforcement.Cases.Revocation;

internal sealed class RevokeDecisionPage(RevokeDecisionHandler handler, FazhiDbContext db, TimeProvider clock) : CaseStepPage<RevokeDecisionRequest>(db, clock)
{
    public static string PathFor(Guid id) => $"/workspace/enforcement/cases/{id}/revocation";

    protected override RevokeDecisionRequest BlankFor(EnforcementCase @case, DateOnly today) => RevokeDecisionRequest.Blank();

    [WhoMay<DecisionRevokedByResponsiblePerson>]
    public async Task<IActionResult> OnPostAsync(RevokeDecisionRequest request, CancellationToken ct) =>
        await handler.HandleAsync(User.ToActor(), Id, request, ct) is not null ? Done("已撤销处罚决定。已公示的，须在三个工作日内撤回公示（第四十八条第二款）。") : NotFound();
}
