using Fazhi.Platform.Auth;
using Fazhi.Platform.ErrorHandling;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Enforcement.Powers;

/// <summary>
/// 行政处罚法 第二十四条: a township exercises only the penalty powers delegated to it, from the day the delegation takes
/// effect until it is withdrawn; a case filed outside that time cites a power the township did not hold.
/// </summary>
internal sealed record PowerInForceOn(PowerItem Item, DateOnly Date) : IBusinessRule
{
    public bool IsBroken => !Item.IsInForceOn(Date);

    public string Code => "enforcement.power.not-in-force";

    public string Message => Item.WithdrawnOn is { } withdrawn && Date >= withdrawn
        ? $"职权事项“{Item.Name}”已于{withdrawn:yyyy-MM-dd}取消，{Date:yyyy-MM-dd}本乡镇不再享有该项行政处罚权（《行政处罚法》第二十四条）。"
        : $"职权事项“{Item.Name}”自{Item.EffectiveFrom:yyyy-MM-dd}起由本乡镇承接，{Date:yyyy-MM-dd}尚不能据此立案（《行政处罚法》第二十四条）。";
}

/// <summary>A power is withdrawn after it took effect.</summary>
internal sealed record PowerWithdrawnAfterEffect(DateOnly EffectiveFrom, DateOnly? WithdrawnOn) : IBusinessRule
{
    public bool IsBroken => WithdrawnOn is { } w && w <= EffectiveFrom;

    public string Code => "enforcement.power.withdrawn-before-effect";

    public string Message => $"取消日期（{WithdrawnOn:yyyy-MM-dd}）须晚于承接日期（{EffectiveFrom:yyyy-MM-dd}）。";
}

/// <summary>
/// The catalogue of penalty powers the county delegated (行政处罚法 第二十四条; 权责清单) is imported by the legal clerk or a
/// leader, who answer for the township's list; an officer enforces the powers but does not change which ones the
/// township holds (ADR 0010).
/// </summary>
internal sealed class PowerCatalogKeptByClerkOrLeader() : WhoMayRule(
    "enforcement.power.import.who",
    "行政处罚权事项目录由法制员或领导导入（《行政处罚法》第二十四条：乡镇行使依法交由其行使的行政处罚权），执法人员不能更改目录。",
    Roles.LegalClerk, Roles.Leader);
