using Fazhi.Modules.Enforcement.Cases.Record;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;

namespace Fazhi.Modules.Enforcement.Cases.HearingRequest;

internal sealed class RequestHearingPage(RequestHearingHandler handler, FazhiDbContext db, TimeProvider clock) : CaseStepPage<RequestHearingRequest>(db, clock)
{
    public static string PathFor(Guid id) => $"/workspace/enforcement/cases/{id}/hearing-request";

    protected override RequestHearingRequest BlankFor(EnforcementCase @case, DateOnly today) => RequestHearingRequest.Blank();

    [WhoMay<HearingRequestRecordedByCaseHandlers>]
    public async Task<IActionResult> OnPostAsync(RequestHearingRequest request, CancellationToken ct) =>
        await handler.HandleAsync(User.ToActor(), Id, request, ct) is not null ? Done("已登记听证申请。请在举行听证七日前通知当事人（第六十四条）。") : NotFound();
}
