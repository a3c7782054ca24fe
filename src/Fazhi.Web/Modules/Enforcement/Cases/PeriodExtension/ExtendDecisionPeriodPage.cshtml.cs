using Fazhi.Modules.Enforcement.Cases.Record;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;

namespace Fazhi.Modules.Enforcement.Cases.PeriodExtension;

internal sealed class ExtendDecisionPeriodPage(ExtendDecisionPeriodHandler handler, FazhiDbContext db, TimeProvider clock) : CaseStepPage<ExtendDecisionPeriodRequest>(db, clock)
{
    public static string PathFor(Guid id) => $"/workspace/enforcement/cases/{id}/decision-extension";

    protected override ExtendDecisionPeriodRequest BlankFor(EnforcementCase @case, DateOnly today) => ExtendDecisionPeriodRequest.Blank();

    [WhoMay<DecisionPeriodExtendedByResponsiblePerson>]
    public async Task<IActionResult> OnPostAsync(ExtendDecisionPeriodRequest request, CancellationToken ct) =>
        await handler.HandleAsync(User.ToActor(), Id, request, ct) is { } @case ? Done($"已批准延长办案期限，作出处罚决定的期限延至 {@case.DecisionExtensions.Max(x => x.NewDueOn):yyyy-MM-dd}（第六十条）。") : NotFound();
}
