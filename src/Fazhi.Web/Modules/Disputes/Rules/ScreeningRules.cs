using Fazhi.Modules.Disputes.Model;
using Fazhi.Platform.ErrorHandling;

namespace Fazhi.Modules.Disputes.Rules;

internal sealed record FindingStillPending(ScreeningFinding Finding) : IBusinessRule
{
    public bool IsBroken => Finding.Status != FindingStatus.Pending;

    public string Code => "disputes.screening.finding-closed";

    public string Message => $"该纠纷已{DisputeLabels.Finding(Finding.Status)}。";
}

internal sealed record FindingOutcomeDated(DateOnly FoundOn, DateOnly On, DateOnly Today) : IBusinessRule
{
    public bool IsBroken => On < FoundOn || On > Today;

    public string Code => "disputes.screening.outcome-date";

    public string Message => On > Today ? "化解日期不能晚于今天。" : $"化解日期不能早于排查发现之日 {FoundOn:yyyy-MM-dd}。";

    public string? Field => "on";
}

internal sealed record ResolutionDescribed(string Resolution) : IBusinessRule
{
    public bool IsBroken => string.IsNullOrWhiteSpace(Resolution);

    public string Code => "disputes.screening.resolution-missing";

    public string Message => "请写明化解情况（如何化解、双方意见）。";

    public string? Field => "resolution";
}

internal sealed record EscalationNamesTheOrgan(string To) : IBusinessRule
{
    public bool IsBroken => string.IsNullOrWhiteSpace(To);

    public string Code => "disputes.screening.escalation-organ";

    public string Message => "请写明上报或移交的机关、单位（如县信访局、派出所、人民法院）。";

    public string? Field => "escalatedTo";
}

internal sealed record LeaderCaseDueAfterAssignment(DateOnly AssignedOn, DateOnly DueOn) : IBusinessRule
{
    public bool IsBroken => DueOn <= AssignedOn;

    public string Code => "disputes.screening.leader-due";

    public string Message => "包案化解期限应晚于包案日期。";

    public string? Field => "dueOn";
}

/// <summary>领导包案: a case is owned by a member of the township's leadership, not by staff.</summary>
internal sealed record LeaderCaseOwnedByALeader(bool IsLeader, string Name) : IBusinessRule
{
    public bool IsBroken => !IsLeader;

    public string Code => "disputes.screening.owner-not-leader";

    public string Message => $"{Name}不是镇领导班子成员：领导包案由班子成员包案督办。";

    public string? Field => "leaderUserName";
}

internal sealed record FindingHasNoLeaderYet(string? LeaderName) : IBusinessRule
{
    public bool IsBroken => LeaderName is not null;

    public string Code => "disputes.screening.leader-exists";

    public string Message => $"该纠纷已由{LeaderName}包案。";

    public string? Field => "leaderUserName";
}
