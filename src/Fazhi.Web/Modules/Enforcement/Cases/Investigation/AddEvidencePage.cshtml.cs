using Fazhi.Modules.Enforcement.Cases.Record;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;

namespace Fazhi.Modules.Enforcement.Cases.Investigation;

internal sealed class AddEvidencePage(AddEvidenceHandler handler, FazhiDbContext db, TimeProvider clock) : CaseStepPage<AddEvidenceRequest>(db, clock)
{
    public static string PathFor(Guid id) => $"/workspace/enforcement/cases/{id}/evidence";

    protected override AddEvidenceRequest BlankFor(EnforcementCase @case, DateOnly today) => AddEvidenceRequest.Blank();

    [WhoMay<EvidenceGatheredByOfficers>]
    public async Task<IActionResult> OnPostAsync(AddEvidenceRequest request, CancellationToken ct) =>
        await handler.HandleAsync(User.ToActor(), Id, request, ct) is not null ? Done("已登记证据。证据确凿后可进行行政处罚事先告知（第四十四条）。") : NotFound();
}
