using Fazhi.Modules.Decisions.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Decisions.PartyCommittee.Requirement;

/// <summary>Whether the decision must be reported to the 同级党委 before it is issued (第31条).</summary>
internal sealed record SetPartyCommitteeRequirementRequest(bool Required);

/// <summary>第31条: the decision-making body marks what it must report to the committee; the legal clerk or a leader records it.</summary>
internal sealed class PartyCommitteeRequirementSetByClerkOrLeader() : WhoMayRule(
    "decisions.party-committee.requirement.who", "是否须报请同级党委决定或同意，由法制员或领导按照规定登记（《重大行政决策程序暂行条例》第三十一条）。",
    Roles.LegalClerk, Roles.Leader);

internal sealed class SetPartyCommitteeRequirementHandler(FazhiDbContext db)
{
    public static SetPartyCommitteeRequirementRequest BlankFor(MajorDecision decision, DateOnly today) => new(!decision.RequiresPartyCommitteeReport);

    public async Task<MajorDecision?> HandleAsync(Actor actor, Guid id, SetPartyCommitteeRequirementRequest request, CancellationToken ct)
    {
        WhoMayRule.Of<PartyCommitteeRequirementSetByClerkOrLeader>().Check(actor);
        if (await db.FindDecisionAsync(id, ct) is not { } decision)
        {
            return null;
        }

        decision.RequirePartyCommitteeReport(request.Required);
        await db.SaveChangesAsync(ct);
        return decision;
    }
}
