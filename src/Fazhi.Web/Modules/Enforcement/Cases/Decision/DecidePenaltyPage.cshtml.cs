using Fazhi.Modules.Enforcement.Cases.Record;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;

namespace Fazhi.Modules.Enforcement.Cases.Decision;

internal sealed class DecidePenaltyPage(DecidePenaltyHandler handler, FazhiDbContext db, TimeProvider clock) : CaseStepPage<DecidePenaltyRequest>(db, clock)
{
    public static string PathFor(Guid id) => $"/workspace/enforcement/cases/{id}/decision";

    protected override DecidePenaltyRequest BlankFor(EnforcementCase @case, DateOnly today) => DecidePenaltyRequest.BlankFor(@case);

    [WhoMay<PenaltyDecidedByResponsiblePerson>]
    public async Task<IActionResult> OnPostAsync(DecidePenaltyRequest request, CancellationToken ct) =>
        await handler.HandleAsync(User.ToActor(), Id, request, ct) is not null ? Done("已作出行政处罚决定。请在七日内送达决定书（第六十一条），并在七个工作日内公示（国办发〔2018〕118号）。") : NotFound();
}
