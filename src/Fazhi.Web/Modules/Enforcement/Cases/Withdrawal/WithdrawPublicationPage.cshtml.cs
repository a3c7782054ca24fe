using Fazhi.Modules.Enforcement.Cases.Record;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;

namespace Fazhi.Modules.Enforcement.Cases.Withdrawal;

internal sealed class WithdrawPublicationPage(WithdrawPublicationHandler handler, FazhiDbContext db, TimeProvider clock) : CaseStepPage<WithdrawPublicationRequest>(db, clock)
{
    public static string PathFor(Guid id) => $"/workspace/enforcement/cases/{id}/withdrawal";

    protected override WithdrawPublicationRequest BlankFor(EnforcementCase @case, DateOnly today) => WithdrawPublicationRequest.Blank();

    [WhoMay<PublicationWithdrawnByClerkOrLeader>]
    public async Task<IActionResult> OnPostAsync(WithdrawPublicationRequest request, CancellationToken ct) =>
        await handler.HandleAsync(User.ToActor(), Id, request, ct) is not null ? Done("已从门户撤回该处罚决定的公示。") : NotFound();
}
