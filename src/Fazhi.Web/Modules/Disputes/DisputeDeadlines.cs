using Fazhi.Modules.Disputes.Model;
using Fazhi.Platform.Deadlines;

namespace Fazhi.Modules.Disputes;

/// <summary>
/// The periods of the intake and its three procedures (README: deadlines table). 信访 periods are calendar days
/// (“日”, 信访工作条例 第二十三条、第三十四条至第三十六条) except the objection's 5 working days; 12345 periods are working
/// days from settings; the mediation month is a guideline (司法部令第75号 第三十三条). Owners (ADR 0016): the windows the
/// parties have (司法确认, 复查, 复核 requests) are theirs and end, never overdue; the 复查/复核 bodies' periods are another
/// organ's; everything else is the township's own duty.
/// </summary>
internal static class DisputeDeadlines
{
    public const string MatterReplyCode = "disputes.matter.reply";
    public const string MediationGuidelineCode = "disputes.mediation.guideline";
    public const string JudicialConfirmationCode = "disputes.mediation.judicial-confirmation";
    public const string PerformanceFollowUpCode = "disputes.mediation.performance";
    public const string CommitteeTermCode = "disputes.committee.term";
    public const string LeaderCaseCode = "disputes.screening.leader-case";
    public const string PetitionNoticeCode = "disputes.petition.notice";
    public const string PetitionObjectionCode = "disputes.petition.objection";
    public const string PetitionHandlingCode = "disputes.petition.handling";
    public const string PetitionReviewWindowCode = "disputes.petition.review-window";
    public const string PetitionReviewCode = "disputes.petition.review";
    public const string PetitionReReviewWindowCode = "disputes.petition.rereview-window";
    public const string PetitionReReviewCode = "disputes.petition.rereview";
    public const string HotlineHandlingCode = "disputes.hotline.handling";

    /// <summary>信访 statutory periods (第二十三条、第三十四条至第三十六条).</summary>
    public const int PetitionNoticeDays = 15;
    public const int PetitionObjectionWorkingDays = 5;
    public const int PetitionHandlingDays = 60;
    public const int PetitionReviewDays = 30;

    /// <summary>人民调解法 第三十三条: 三十日内共同向人民法院申请司法确认.</summary>
    public const int JudicialConfirmationDays = 30;

    public static DeadlineRule MatterReply(DisputesOptions o) =>
        new(MatterReplyCode, "群众诉求答复", DeadlineOwner.Government, "《信访工作条例》第二十三条第二款（15日内书面告知）；本镇答复承诺", "收到诉求之日",
            o.MatterReplyDays, PeriodKind.CalendarDays, WarnDaysBefore: 3, RollOverRestDay: o.PetitionPeriodsRollOverRestDays);

    public static DeadlineRule MediationGuideline(DisputesOptions o) =>
        new(MediationGuidelineCode, "人民调解一般在一个月内调结", DeadlineOwner.Government, "《人民调解工作若干规定》（司法部令第75号）第三十三条", "受理调解之日",
            o.MediationGuidelineDays, PeriodKind.CalendarDays, WarnDaysBefore: 5);

    public static DeadlineRule JudicialConfirmation { get; } =
        new(JudicialConfirmationCode, "当事人申请司法确认期间", DeadlineOwner.Party, "《人民调解法》第三十三条第一款", "调解协议生效之日",
            JudicialConfirmationDays, PeriodKind.CalendarDays, WarnDaysBefore: 5);

    public static DeadlineRule PerformanceFollowUp(DisputesOptions o) =>
        new(PerformanceFollowUpCode, "调解协议履行情况回访", DeadlineOwner.Government, "《人民调解法》第三十一条第二款（调解委员会对调解协议的履行情况进行监督）", "协议约定的履行期限届满",
            o.PerformanceFollowUpDays, PeriodKind.CalendarDays, WarnDaysBefore: 2);

    /// <summary>第九条第三款: the three-year term, warned about before it ends; a fixed date like the annual report's.</summary>
    public static DeadlineRule CommitteeTerm(MediationCommittee committee, DisputesOptions o)
    {
        ArgumentNullException.ThrowIfNull(committee);
        var days = committee.TermEndsOn.DayNumber - committee.FormedOn.DayNumber;
        return new(CommitteeTermCode, "人民调解委员会任期届满换届", DeadlineOwner.Government, "《人民调解法》第九条第三款（委员每届任期三年）", "本届组成之日",
            days, PeriodKind.FixedDate, WarnDaysBefore: o.CommitteeTermWarningDays, RollOverRestDay: false);
    }

    /// <summary>领导包案: the leader's own date for resolving the finding.</summary>
    public static DeadlineRule LeaderCase(DateOnly assignedOn, DateOnly dueOn) =>
        new(LeaderCaseCode, "领导包案化解矛盾纠纷", DeadlineOwner.Government, "矛盾纠纷排查化解领导包案制度（《信访工作条例》第三十七条）", "包案之日",
            dueOn.DayNumber - assignedOn.DayNumber, PeriodKind.FixedDate, WarnDaysBefore: 3, RollOverRestDay: false);

    public static DeadlineRule PetitionNotice(DisputesOptions o, bool transferredIn) =>
        new(PetitionNoticeCode, "信访事项书面告知受理情况", DeadlineOwner.Government, transferredIn ? "《信访工作条例》第二十三条第三款" : "《信访工作条例》第二十三条第二款",
            transferredIn ? "收到转送、交办之日" : "收到信访事项之日", PetitionNoticeDays, PeriodKind.CalendarDays, WarnDaysBefore: 3, RollOverRestDay: o.PetitionPeriodsRollOverRestDays);

    public static DeadlineRule PetitionObjection { get; } =
        new(PetitionObjectionCode, "对转送、交办事项提出异议", DeadlineOwner.Government, "《信访工作条例》第二十三条第三款", "收到转送、交办之日",
            PetitionObjectionWorkingDays, PeriodKind.WorkingDays, WarnDaysBefore: 2);

    public static DeadlineRule PetitionHandling(DisputesOptions o) =>
        new(PetitionHandlingCode, "信访事项办结（出具处理意见书）", DeadlineOwner.Government, "《信访工作条例》第三十四条", "受理之日",
            PetitionHandlingDays, PeriodKind.CalendarDays, WarnDaysBefore: 10, RollOverRestDay: o.PetitionPeriodsRollOverRestDays);

    public static DeadlineRule PetitionReviewWindow(DisputesOptions o) =>
        new(PetitionReviewWindowCode, "信访人请求复查期间", DeadlineOwner.Party, "《信访工作条例》第三十五条", "收到书面答复之日",
            PetitionReviewDays, PeriodKind.CalendarDays, WarnDaysBefore: 5, RollOverRestDay: o.PetitionPeriodsRollOverRestDays);

    public static DeadlineRule PetitionReview(DisputesOptions o) =>
        new(PetitionReviewCode, "上一级机关提出复查意见", DeadlineOwner.OtherOrgan, "《信访工作条例》第三十五条", "收到复查请求之日",
            PetitionReviewDays, PeriodKind.CalendarDays, WarnDaysBefore: 5, RollOverRestDay: o.PetitionPeriodsRollOverRestDays);

    public static DeadlineRule PetitionReReviewWindow(DisputesOptions o) =>
        new(PetitionReReviewWindowCode, "信访人请求复核期间", DeadlineOwner.Party, "《信访工作条例》第三十六条第一款", "收到复查意见之日",
            PetitionReviewDays, PeriodKind.CalendarDays, WarnDaysBefore: 5, RollOverRestDay: o.PetitionPeriodsRollOverRestDays);

    public static DeadlineRule PetitionReReview(DisputesOptions o) =>
        new(PetitionReReviewCode, "复核机关提出复核意见", DeadlineOwner.OtherOrgan, "《信访工作条例》第三十六条第一款", "收到复核请求之日",
            PetitionReviewDays, PeriodKind.CalendarDays, WarnDaysBefore: 5, RollOverRestDay: o.PetitionPeriodsRollOverRestDays);

    public static DeadlineRule HotlineHandling(DisputesOptions o, HotlineCategory category, bool urgent) =>
        new(HotlineHandlingCode, $"12345工单办理（{(urgent ? "紧急" : DisputeLabels.HotlineCategory(category))}）", DeadlineOwner.Government, "国办发〔2020〕53号；本地12345热线工单办理规定（期限为本镇设置）", "热线中心派单之日",
            o.HotlineWorkingDays(category, urgent), PeriodKind.WorkingDays, WarnDaysBefore: 1);
}
