using Fazhi.Modules.Enforcement.Cases.Record;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;

namespace Fazhi.Modules.Enforcement.Cases.Closing;

internal sealed class CloseCasePage(CloseCaseHandler handler, FazhiDbContext db, TimeProvider clock) : CaseStepPage<CloseCaseRequest>(db, clock)
{
    public static string PathFor(Guid id) => $"/workspace/enforcement/cases/{id}/closing";

    protected override CloseCaseRequest BlankFor(EnforcementCase @case, DateOnly today) => CloseCaseRequest.Blank();

    [WhoMay<CaseClosedByClerkOrLeader>]
    public async Task<IActionResult> OnPostAsync(CloseCaseRequest request, CancellationToken ct) =>
        await handler.HandleAsync(User.ToActor(), Id, request, ct) is not null ? Done("已结案；案卷已归档，本案不再占用期限。") : NotFound();
}
