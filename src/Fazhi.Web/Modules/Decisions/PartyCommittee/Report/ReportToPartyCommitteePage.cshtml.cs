using Fazhi.Modules.Decisions.Model;
using Fazhi.Modules.Decisions.Record;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;

namespace Fazhi.Modules.Decisions.PartyCommittee.Report;

internal sealed class ReportToPartyCommitteePage(ReportToPartyCommitteeHandler handler, FazhiDbContext db, TimeProvider clock) : DecisionStepPage<ReportToPartyCommitteeRequest>(db, clock)
{
    public static string PathFor(Guid id) => $"/workspace/decisions/{id}/party-committee/report";

    protected override ReportToPartyCommitteeRequest BlankFor(MajorDecision decision, DateOnly today) => ReportToPartyCommitteeHandler.BlankFor(decision, today);

    [WhoMay<PartyCommitteeReportMadeByClerkOrLeader>]
    public async Task<IActionResult> OnPostAsync(ReportToPartyCommitteeRequest request, CancellationToken ct) =>
        await handler.HandleAsync(User.ToActor(), Id, request, ct) is { } decision
            ? Done($"已登记向{decision.PartyCommittee}的请示报告。收到党委意见后在此记录。")
            : NotFound();
}
