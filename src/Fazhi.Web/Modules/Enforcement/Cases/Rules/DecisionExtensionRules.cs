using Fazhi.Platform.ErrorHandling;

namespace Fazhi.Modules.Enforcement.Cases.Rules;

/// <summary>
/// 行政处罚法 第60条 itself sets 90 days and no extension; only a law, regulation or rule that applies to the township
/// allows one. A township without such a rule sets <c>DecisionExtensionDays</c> to 0 and every extension is refused.
/// </summary>
internal sealed record DecisionExtensionEnabled(int ExtensionDays) : IBusinessRule
{
    public bool IsBroken => ExtensionDays <= 0;

    public string Code => "enforcement.extension.disabled";

    public string Message => "本单位设置不允许延长办案期限：《行政处罚法》第六十条规定应当自行政处罚案件立案之日起九十日内作出行政处罚决定，仅在法律、法规、规章另有规定时方可延长";
}

/// <summary>行政处罚法 第60条 and the sector rule configured: at most <c>MaxDecisionExtensions</c> extensions per case.</summary>
internal sealed record DecisionExtensionsWithinLimit(int Granted, int Max) : IBusinessRule
{
    public bool IsBroken => Granted >= Max;

    public string Code => "enforcement.extension.limit-reached";

    public string Message => $"本案已延长办案期限 {Granted} 次，按本单位设置最多可延长 {Max} 次，不得再次延长（《行政处罚法》第六十条：九十日期限仅在法律、法规、规章另有规定时可以延长）";
}

/// <summary>The period of 第60条 ends with the decision; a decided (or on-the-spot) case has nothing left to extend.</summary>
internal sealed record DecisionExtensionBeforeDecision(DateOnly? DecidedOn) : IBusinessRule
{
    public bool IsBroken => DecidedOn is not null;

    public string Code => "enforcement.extension.case-decided";

    public string Message => $"本案已于{DecidedOn:yyyy-MM-dd}作出行政处罚决定，《行政处罚法》第六十条规定的作出决定期限已经办结，不能再延长";
}

/// <summary>An extension is recorded with the reason the leader accepted (案情复杂等), as the file must show why the 90 days of 第60条 were exceeded.</summary>
internal sealed record DecisionExtensionNeedsReason(string? Reason) : IBusinessRule
{
    public bool IsBroken => string.IsNullOrWhiteSpace(Reason);

    public string Code => "enforcement.extension.reason-required";

    public string Message => "延长办案期限须写明理由（如案情复杂、需要鉴定等），超过《行政处罚法》第六十条规定的九十日期限须有负责人批准的理由在案";
}

/// <summary>An extension is approved while the period is still running; after it ran out the decision is already late (第60条).</summary>
internal sealed record DecisionExtensionApprovedBeforeDue(DateOnly ApprovedOn, DateOnly DueOn) : IBusinessRule
{
    public bool IsBroken => ApprovedOn > DueOn;

    public string Code => "enforcement.extension.after-due";

    public string Message => $"办案期限已于{DueOn:yyyy-MM-dd}届满，延长应当在期限届满前批准（《行政处罚法》第六十条），批准日期 {ApprovedOn:yyyy-MM-dd} 已逾期";
}

/// <summary>A general-procedure case runs its 90-day period on the board from 立案; without it there is nothing to extend.</summary>
internal sealed record DecisionPeriodRunning(bool Running) : IBusinessRule
{
    public bool IsBroken => !Running;

    public string Code => "enforcement.extension.no-running-period";

    public string Message => "本案没有正在计算的作出决定期限（《行政处罚法》第六十条），无法延长";
}
