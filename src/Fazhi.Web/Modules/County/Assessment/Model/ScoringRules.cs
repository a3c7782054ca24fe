using Fazhi.Modules.County.Contracts;

namespace Fazhi.Modules.County.Assessment.Model;

/// <summary>
/// A named scoring rule. Points never exceed the line's maximum and never fall below zero, and are rounded to one
/// decimal (as county 考核 sheets print them). A figure the township's records do not state at all (a configured
/// indicator it keeps no ledger for) scores as a value of 0 would; a rate with nothing to count (合法性审查率 with no
/// decision made) is “无此项工作”: it costs no points (考核 practice: 未发生的事项不扣分).
/// </summary>
internal abstract class ScoringRule
{
    public abstract ScoringRuleKind Kind { get; }

    /// <summary>The rule's name on the sheet, e.g. 按目标值比例计分.</summary>
    public abstract string Name { get; }

    /// <summary>The line's scoring as the sheet prints it, e.g. 达到100%得满分10分，不足按比例计分.</summary>
    public abstract string Describe(decimal maxPoints, decimal target, decimal deduction, string unit);

    /// <summary>The points of a figure; <paramref name="stated"/> is false when the records state no such figure.</summary>
    public decimal Score(decimal? value, bool stated, decimal maxPoints, decimal target, decimal deduction)
    {
        if (stated && value is null)
        {
            return maxPoints;
        }

        var points = Points(value ?? 0, maxPoints, target, deduction);
        return Math.Round(Math.Clamp(points, 0, maxPoints), 1, MidpointRounding.AwayFromZero);
    }

    protected abstract decimal Points(decimal value, decimal maxPoints, decimal target, decimal deduction);

    public static ScoringRule Of(ScoringRuleKind kind) => kind switch
    {
        ScoringRuleKind.Proportional => ProportionalToTarget.Instance,
        ScoringRuleKind.Threshold => FullAtTarget.Instance,
        ScoringRuleKind.DeductPerUnit => DeductAboveLimit.Instance,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static IReadOnlyList<ScoringRule> All { get; } = [ProportionalToTarget.Instance, FullAtTarget.Instance, DeductAboveLimit.Instance];

    protected static string Number(decimal value) => value.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>按目标值比例计分: value ≥ target → full points; below → maximum × value / target.</summary>
internal sealed class ProportionalToTarget : ScoringRule
{
    public static readonly ProportionalToTarget Instance = new();

    public override ScoringRuleKind Kind => ScoringRuleKind.Proportional;

    public override string Name => "按目标值比例计分";

    public override string Describe(decimal maxPoints, decimal target, decimal deduction, string unit) =>
        $"达到{Number(target)}{unit}得满分{Number(maxPoints)}分，不足按比例计分";

    protected override decimal Points(decimal value, decimal maxPoints, decimal target, decimal deduction) =>
        value >= target ? maxPoints : maxPoints * value / target;
}

/// <summary>达标得分: value ≥ target → full points; below → none.</summary>
internal sealed class FullAtTarget : ScoringRule
{
    public static readonly FullAtTarget Instance = new();

    public override ScoringRuleKind Kind => ScoringRuleKind.Threshold;

    public override string Name => "达标得分";

    public override string Describe(decimal maxPoints, decimal target, decimal deduction, string unit) =>
        $"达到{Number(target)}{unit}得{Number(maxPoints)}分，未达到不得分";

    protected override decimal Points(decimal value, decimal maxPoints, decimal target, decimal deduction) =>
        value >= target ? maxPoints : 0;
}

/// <summary>超出扣分 (lower is better): value ≤ limit → full points; each unit above the limit deducts, down to zero.</summary>
internal sealed class DeductAboveLimit : ScoringRule
{
    public static readonly DeductAboveLimit Instance = new();

    public override ScoringRuleKind Kind => ScoringRuleKind.DeductPerUnit;

    public override string Name => "超出扣分（越少越好）";

    public override string Describe(decimal maxPoints, decimal target, decimal deduction, string unit) =>
        $"不超过{Number(target)}{unit}得满分{Number(maxPoints)}分，每超出1{unit}扣{Number(deduction)}分，扣完为止";

    protected override decimal Points(decimal value, decimal maxPoints, decimal target, decimal deduction) =>
        value <= target ? maxPoints : maxPoints - (deduction * (value - target));
}
