using Fazhi.Modules.Enforcement.Cases.Record;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;

namespace Fazhi.Modules.Enforcement.Cases.Service;

internal sealed class ServeDecisionPage(ServeDecisionHandler handler, FazhiDbContext db, TimeProvider clock) : CaseStepPage<ServeDecisionRequest>(db, clock)
{
    public static string PathFor(Guid id) => $"/workspace/enforcement/cases/{id}/service";

    protected override ServeDecisionRequest BlankFor(EnforcementCase @case, DateOnly today) => ServeDecisionRequest.Blank();

    [WhoMay<DecisionServedByCaseHandlers>]
    public async Task<IActionResult> OnPostAsync(ServeDecisionRequest request, CancellationToken ct) =>
        await handler.HandleAsync(User.ToActor(), Id, request, ct) is not null ? Done("已登记送达；下一步：在七个工作日内事后公示（国办发〔2018〕118号），并登记执行（第六十六条、第六十七条）。") : NotFound();
}
