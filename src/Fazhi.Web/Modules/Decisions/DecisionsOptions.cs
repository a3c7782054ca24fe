namespace Fazhi.Modules.Decisions;

/// <summary>
/// Major-decision settings (section <c>Fazhi:Decisions</c>). Townships apply 国务院令第713号 by reference (第42条) and
/// provinces may tighten it (第43条), so the statutory minimums are defaults that a deployment may raise.
/// </summary>
internal sealed class DecisionsOptions
{
    /// <summary>第15条: public comment "一般不少于30日" (calendar days).</summary>
    public int CommentPeriodDays { get; set; } = 30;

    /// <summary>第16条: hearing materials served at least 7 days before the hearing.</summary>
    public int HearingNoticeDays { get; set; } = 7;

    /// <summary>第26条: legality review time "一般不少于7个工作日".</summary>
    public int LegalityReviewWorkingDays { get; set; } = 7;

    /// <summary>第22条 leaves the choice to the organ; many local rules require a risk assessment for every major decision.</summary>
    public bool RequireRiskAssessment { get; set; } = true;
}
