using Fazhi.Modules.Enforcement.Cases.Record;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;

namespace Fazhi.Modules.Enforcement.Cases.Notice;

internal sealed class NotifyPartyPage(NotifyPartyHandler handler, FazhiDbContext db, TimeProvider clock) : CaseStepPage<NotifyPartyRequest>(db, clock)
{
    public static string PathFor(Guid id) => $"/workspace/enforcement/cases/{id}/notice";

    protected override NotifyPartyRequest BlankFor(EnforcementCase @case, DateOnly today) => NotifyPartyRequest.Blank();

    [WhoMay<PartyNotifiedByCaseHandlers>]
    public async Task<IActionResult> OnPostAsync(NotifyPartyRequest request, CancellationToken ct) =>
        await handler.HandleAsync(User.ToActor(), Id, request, ct) is not null ? Done("已告知当事人拟作出的行政处罚。陈述申辩期满或当事人放弃后方可作出决定（第四十五条、第六十二条）。") : NotFound();
}
