using Fazhi.Modules.Disputes.Model;

namespace Fazhi.Modules.Disputes;

/// <summary>
/// Settings of section <c>Fazhi:Disputes</c>: the periods REGULATIONS.md marks as local or unconfirmed, with the
/// defaults it names. Statutory periods (信访 15/60/30 days, 司法确认 30 days) are constants in DisputeDeadlines.
/// </summary>
internal sealed class DisputesOptions
{
    /// <summary>人民调解工作若干规定 (司法部令第75号) 第三十三条: “一般在一个月内调结” — a guideline, calendar days.</summary>
    public int MediationGuidelineDays { get; set; } = 30;

    /// <summary>人民调解法 第三十一条第二款: days after the performance deadline by which the committee checks performance.</summary>
    public int PerformanceFollowUpDays { get; set; } = 7;

    /// <summary>Days before a committee's three-year term ends when the board warns (第九条第三款).</summary>
    public int CommitteeTermWarningDays { get; set; } = 60;

    /// <summary>
    /// Whether 信访 periods (15/60/30 days) move a last day on a rest day to the next working day. The 信访工作条例 does not
    /// say (REGULATIONS §12 item 6); the default keeps the calendar date, the earlier and safer answer for a duty.
    /// </summary>
    public bool PetitionPeriodsRollOverRestDays { get; set; }

    /// <summary>
    /// A general matter (not 信访, mediation or 12345) is answered within this many days: the township's own commitment,
    /// defaulting to the 15 days 信访工作条例 第二十三条第二款 gives for telling a petitioner in writing.
    /// </summary>
    public int MatterReplyDays { get; set; } = 15;

    /// <summary>12345 handling periods in working days by category (REGULATIONS §13: local rules; 咨询 3, 求助 5, 建议 10, 投诉 10).</summary>
    public int HotlineConsultationWorkingDays { get; set; } = 3;

    public int HotlineHelpRequestWorkingDays { get; set; } = 5;

    public int HotlineSuggestionWorkingDays { get; set; } = 10;

    public int HotlineComplaintWorkingDays { get; set; } = 10;

    /// <summary>Urgent tickets (紧急工单): local rules answer them the same or the next working day.</summary>
    public int HotlineUrgentWorkingDays { get; set; } = 1;

    /// <summary>Most working days a ticket may be extended in all, with the hotline centre's approval.</summary>
    public int HotlineMaxExtensionWorkingDays { get; set; } = 10;

    public int HotlineWorkingDays(HotlineCategory category, bool urgent) => urgent ? HotlineUrgentWorkingDays : category switch
    {
        HotlineCategory.Consultation => HotlineConsultationWorkingDays,
        HotlineCategory.HelpRequest => HotlineHelpRequestWorkingDays,
        HotlineCategory.Suggestion => HotlineSuggestionWorkingDays,
        HotlineCategory.Complaint => HotlineComplaintWorkingDays,
        _ => throw new ArgumentOutOfRangeException(nameof(category)),
    };
}
