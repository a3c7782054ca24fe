namespace Fazhi.Modules.County.Contracts;

/// <summary>How a line of the scoring sheet turns a township's figure into points (ADR 0035). Stored by number.</summary>
public enum ScoringRuleKind
{
    /// <summary>按目标值比例计分: full points at or above the target, proportional below it.</summary>
    Proportional = 1,

    /// <summary>达标得分: full points at or above the target, none below it.</summary>
    Threshold = 2,

    /// <summary>超出扣分 (lower is better, e.g. complaints, overdue matters): full points at or below the limit, a deduction per unit above it.</summary>
    DeductPerUnit = 3,
}
