using Fazhi.Platform.Tenancy;

namespace Fazhi.Modules.Enforcement.Cases;

/// <summary>
/// A leader's approval to extend the period for deciding a case (行政处罚法 第60条: 90 days from 立案 "法律、法规、规章另有
/// 规定的，从其规定"; sector rules such as 市场监管 allow +30 days with 负责人 approval). Kept on the case so the file
/// shows who approved, when, why and until when; the 待办与预警 deadline moves with it.
/// </summary>
internal sealed class DecisionExtension : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid TownshipId { get; set; }

    public Guid CaseId { get; set; }

    /// <summary>Calendar days added (the decision period is counted in days, 第60条).</summary>
    public int AddedDays { get; set; }

    public DateOnly PreviousDueOn { get; set; }

    public DateOnly NewDueOn { get; set; }

    public string Reason { get; set; } = "";

    /// <summary>The date the leader approved (批准日期), never after the period it extends had run out.</summary>
    public DateOnly ApprovedOn { get; set; }

    public Guid? ApproverUserId { get; set; }

    public string ApproverName { get; set; } = "";
}
