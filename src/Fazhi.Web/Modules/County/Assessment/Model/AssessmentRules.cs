using Fazhi.Modules.County.Contracts;
using Fazhi.Platform.Auth;
using Fazhi.Platform.ErrorHandling;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.County.Assessment.Model;

/// <summary>
/// 法治建设考核 is the county's own duty over its townships (《法治政府建设实施纲要（2021—2025年）》: 把法治政府建设成效
/// 作为衡量各级领导班子和领导干部工作实绩重要内容，纳入政绩考核指标体系): the county office defines the sheet; no township scores itself.
/// </summary>
internal sealed class SheetDefinedByCounty() : WhoMayRule(
    "county.assessment.who", "法治建设考核由县级组织（《法治政府建设实施纲要（2021—2025年）》：法治政府建设成效纳入政绩考核指标体系），考核表须由县级审查员操作；乡镇不能制定或修改考核表。",
    Roles.CountyReviewer);

internal sealed record SheetHasLines(int Count) : IBusinessRule
{
    public bool IsBroken => Count == 0;

    public string Code => "county.assessment.no-lines";

    public string Message => "考核表至少要有一项考核内容（填写指标代码和分值）。";

    public string? Field => "Lines";
}

internal sealed record LineIndicatorIsInTheCatalogue(int Row, string Key, bool Known) : IBusinessRule
{
    public bool IsBroken => !Known;

    public string Code => "county.assessment.unknown-indicator";

    public string Message => $"第{Row + 1}项的指标代码“{Key}”不在本县该年度的指标目录中，请从“指标目录”中选择。";

    public string? Field => $"Lines[{Row}].IndicatorKey";
}

internal sealed record LinePointsArePositive(int Row, decimal MaxPoints) : IBusinessRule
{
    public bool IsBroken => MaxPoints <= 0 || MaxPoints > 100;

    public string Code => "county.assessment.points";

    public string Message => $"第{Row + 1}项的分值须大于0且不超过100分。";

    public string? Field => $"Lines[{Row}].MaxPoints";
}

/// <summary>A target scores a share of itself (按比例, 达标): it must be above zero; a limit (超出扣分) may be zero (零投诉).</summary>
internal sealed record LineTargetFitsItsRule(int Row, ScoringRuleKind Rule, decimal Target) : IBusinessRule
{
    public bool IsBroken => (Rule == ScoringRuleKind.DeductPerUnit ? Target < 0 : Target <= 0) || Target > 1_000_000_000;

    public string Code => "county.assessment.target";

    public string Message => Rule == ScoringRuleKind.DeductPerUnit
        ? $"第{Row + 1}项的限值须在0到10亿之间。"
        : $"第{Row + 1}项的目标值须大于0且不超过10亿（达到目标值得满分）。";

    public string? Field => $"Lines[{Row}].Target";
}

internal sealed record LineDeductionFitsItsRule(int Row, ScoringRuleKind Rule, decimal Deduction) : IBusinessRule
{
    public bool IsBroken => Rule == ScoringRuleKind.DeductPerUnit && (Deduction <= 0 || Deduction > 100);

    public string Code => "county.assessment.deduction";

    public string Message => $"第{Row + 1}项按“超出扣分”计分，须填写每超出1个单位扣减的分值（大于0且不超过100分）。";

    public string? Field => $"Lines[{Row}].Deduction";
}

internal sealed record LineItemFits(int Row, string Item) : IBusinessRule
{
    public bool IsBroken => Item.Length > 60;

    public string Code => "county.assessment.item";

    public string Message => $"第{Row + 1}项的考核内容不超过60字。";

    public string? Field => $"Lines[{Row}].Item";
}

/// <summary>A 考核 sheet is scored out of 100 (百分制).</summary>
internal sealed record SheetTotalAtMostAHundred(decimal Total) : IBusinessRule
{
    public bool IsBroken => Total > 100;

    public string Code => "county.assessment.total";

    public string Message => $"各项分值合计{Total:0.##}分，超过100分（考核实行百分制）。";

    public string? Field => "Lines";
}
