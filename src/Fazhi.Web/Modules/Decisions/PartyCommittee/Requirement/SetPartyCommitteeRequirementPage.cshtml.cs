using Fazhi.Modules.Decisions.Model;
using Fazhi.Modules.Decisions.Record;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;

namespace Fazhi.Modules.Decisions.PartyCommittee.Requirement;

internal sealed class SetPartyCommitteeRequirementPage(SetPartyCommitteeRequirementHandler handler, FazhiDbContext db, TimeProvider clock) : DecisionStepPage<SetPartyCommitteeRequirementRequest>(db, clock)
{
    public static string PathFor(Guid id) => $"/workspace/decisions/{id}/party-committee/requirement";

    protected override SetPartyCommitteeRequirementRequest BlankFor(MajorDecision decision, DateOnly today) => SetPartyCommitteeRequirementHandler.BlankFor(decision, today);

    [WhoMay<PartyCommitteeRequirementSetByClerkOrLeader>]
    public async Task<IActionResult> OnPostAsync(SetPartyCommitteeRequirementRequest request, CancellationToken ct) =>
        await handler.HandleAsync(User.ToActor(), Id, request, ct) is { } decision
            ? Done(decision.RequiresPartyCommitteeReport ? "本决策须报请同级党委决定或同意，记录党委同意后方可公布（第三十一条）。" : "本决策无须报请同级党委决定或同意。")
            : NotFound();
}
