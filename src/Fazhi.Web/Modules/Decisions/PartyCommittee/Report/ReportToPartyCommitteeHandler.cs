using System.ComponentModel.DataAnnotations;
using Fazhi.Modules.Decisions.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Decisions.PartyCommittee.Report;

/// <summary>请示报告 (第31条): to which committee, about what, and when (today when empty).</summary>
public sealed record ReportToPartyCommitteeRequest(
    [Required(ErrorMessage = "请填写请示报告的党委。"), MaxLength(100, ErrorMessage = "党委名称不超过 100 字。")] string Committee,
    [Required(ErrorMessage = "请填写请示报告事项。"), MaxLength(2000, ErrorMessage = "请示事项不超过 2000 字。")] string Matter,
    DateOnly? ReportedOn);

/// <summary>第31条: the decision-making body reports to the committee; the legal clerk or a leader records the report.</summary>
internal sealed class PartyCommitteeReportMadeByClerkOrLeader() : WhoMayRule(
    "decisions.party-committee.report.who", "重大行政决策出台前向同级党委请示报告，由法制员或领导登记（《重大行政决策程序暂行条例》第三十一条）。",
    Roles.LegalClerk, Roles.Leader);

internal sealed class ReportToPartyCommitteeHandler(FazhiDbContext db, TimeProvider clock)
{
    public static ReportToPartyCommitteeRequest BlankFor(MajorDecision decision, DateOnly today) => new(decision.PartyCommittee ?? "", "", today);

    public async Task<MajorDecision?> HandleAsync(Actor actor, Guid id, ReportToPartyCommitteeRequest request, CancellationToken ct)
    {
        WhoMayRule.Of<PartyCommitteeReportMadeByClerkOrLeader>().Check(actor);
        if (await db.FindDecisionAsync(id, ct) is not { } decision)
        {
            return null;
        }

        decision.ReportToPartyCommittee(request.Committee, request.Matter, request.ReportedOn ?? Platform.Time.ChinaTime.Today(clock));
        await db.SaveChangesAsync(ct);
        return decision;
    }
}
