using Fazhi.Modules.Disputes.Rules;
using Fazhi.Platform.ErrorHandling;
using Fazhi.Platform.Tenancy;

namespace Fazhi.Modules.Disputes.Model;

/// <summary>A dispute found in a round, as the village's screening sheet lists it.</summary>
internal sealed record FindingSpec(string Summary, MatterTopic Topic, string? Parties, FindingStatus Status, DateOnly? ResolvedOn, string? Resolution, string? EscalatedTo);

/// <summary>
/// 矛盾纠纷排查: a round of screening in one village (or the whole township) on a day — the disputes found and what became
/// of each: resolved on the spot, referred to people's mediation, escalated, or still to resolve; a leader may own a
/// finding to its resolution (领导包案). 信访工作条例 第三十七条 (多元预防调处化解) and the 枫桥经验 of the seeds.
/// </summary>
internal sealed class ScreeningRound : ITenantOwned
{
    private ScreeningRound()
    {
    }

    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid TownshipId { get; private set; }

    public Guid? VillageId { get; private set; }

    /// <summary>The village screened, or 全镇 for a township-wide round.</summary>
    public string Area { get; private set; } = "";

    public DateOnly ConductedOn { get; private set; }

    /// <summary>Who screened (包村干部、网格员、调解员).</summary>
    public string Team { get; private set; } = "";

    public string? Note { get; private set; }

    public List<ScreeningFinding> Findings { get; private set; } = [];

    public static ScreeningRound Record(Guid townshipId, Guid? villageId, string area, DateOnly conductedOn, string team, string? note, IReadOnlyList<FindingSpec> findings, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(findings);
        BusinessRule.Check(new DateNotInFuture(conductedOn, today, "排查日期", "conductedOn"));
        var round = new ScreeningRound
        {
            TownshipId = townshipId,
            VillageId = villageId,
            Area = area,
            ConductedOn = conductedOn,
            Team = team.Trim(),
            Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(),
        };
        var n = 0;
        foreach (var spec in findings)
        {
            var finding = new ScreeningFinding(round, ++n, spec.Summary, spec.Topic, spec.Parties);
            switch (spec.Status)
            {
                case FindingStatus.Pending:
                    break;
                case FindingStatus.Resolved:
                    finding.Resolve(spec.ResolvedOn ?? conductedOn, spec.Resolution ?? "", today);
                    break;
                case FindingStatus.Escalated:
                    finding.Escalate(spec.EscalatedTo ?? "", spec.ResolvedOn ?? conductedOn, today);
                    break;
                case FindingStatus.ReferredToMediation:
                    throw new BusinessRuleException("disputes.screening.refer-by-step", "转人民调解请在排查登记后对该纠纷办理“转人民调解”，由调解委员会受理立案。");
                default:
                    throw new ArgumentOutOfRangeException(nameof(findings));
            }

            round.Findings.Add(finding);
        }

        return round;
    }

    public ScreeningFinding Finding(Guid findingId) =>
        Findings.SingleOrDefault(f => f.Id == findingId) ?? throw new BusinessRuleException("disputes.screening.finding-unknown", "该纠纷不属于本次排查。");
}

internal sealed class ScreeningFinding : ITenantOwned
{
    private ScreeningFinding()
    {
    }

    public ScreeningFinding(ScreeningRound round, int order, string summary, MatterTopic topic, string? parties)
    {
        ArgumentNullException.ThrowIfNull(round);
        RoundId = round.Id;
        TownshipId = round.TownshipId;
        FoundOn = round.ConductedOn;
        Area = round.Area;
        Order = order;
        Summary = summary.Trim();
        Topic = topic;
        Parties = string.IsNullOrWhiteSpace(parties) ? null : parties.Trim();
    }

    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid RoundId { get; private set; }

    public Guid TownshipId { get; private set; }

    public int Order { get; private set; }

    public DateOnly FoundOn { get; private set; }

    public string Area { get; private set; } = "";

    public string Summary { get; private set; } = "";

    public MatterTopic Topic { get; private set; }

    public string? Parties { get; private set; }

    public FindingStatus Status { get; private set; } = FindingStatus.Pending;

    public DateOnly? ResolvedOn { get; private set; }

    public string? Resolution { get; private set; }

    public string? EscalatedTo { get; private set; }

    public Guid? MediationCaseId { get; private set; }

    /// <summary>领导包案: the leader who owns the finding until it is resolved.</summary>
    public string? LeaderUserName { get; private set; }

    public string? LeaderName { get; private set; }

    public DateOnly? LeaderAssignedOn { get; private set; }

    public DateOnly? LeaderDueOn { get; private set; }

    public string Title => $"{Area}：{Summary}";

    public void Resolve(DateOnly on, string resolution, DateOnly today)
    {
        BusinessRule.Check(new FindingStillPending(this));
        BusinessRule.Check(new FindingOutcomeDated(FoundOn, on, today));
        BusinessRule.Check(new ResolutionDescribed(resolution));
        Status = FindingStatus.Resolved;
        ResolvedOn = on;
        Resolution = resolution.Trim();
    }

    public void Escalate(string to, DateOnly on, DateOnly today)
    {
        BusinessRule.Check(new FindingStillPending(this));
        BusinessRule.Check(new FindingOutcomeDated(FoundOn, on, today));
        BusinessRule.Check(new EscalationNamesTheOrgan(to));
        Status = FindingStatus.Escalated;
        ResolvedOn = on;
        EscalatedTo = to.Trim();
    }

    /// <summary>转人民调解: the committee accepted it as a case; it counts as resolved when the case's agreement takes effect.</summary>
    public void ReferToMediation(Guid caseId, DateOnly on)
    {
        BusinessRule.Check(new FindingStillPending(this));
        Status = FindingStatus.ReferredToMediation;
        MediationCaseId = caseId;
        Resolution = $"{on:yyyy-MM-dd} 转人民调解委员会调解";
    }

    public void AssignLeader(string userName, string name, DateOnly on, DateOnly dueOn)
    {
        BusinessRule.Check(new FindingStillPending(this));
        BusinessRule.Check(new FindingHasNoLeaderYet(LeaderName));
        BusinessRule.Check(new LeaderCaseDueAfterAssignment(on, dueOn));
        LeaderUserName = userName;
        LeaderName = name;
        LeaderAssignedOn = on;
        LeaderDueOn = dueOn;
    }
}
