using Fazhi.Platform.Deadlines;

namespace Fazhi.Modules.Enforcement;

/// <summary>
/// The statutory periods of a penalty case as deadline rules (行政处罚法 第85条: 三日/五日/七日 are working days). The
/// periods the law grants the party — 陈述申辩 (第45条), 申请听证 (第64条), 缴纳罚款 (第67条) — are the party's: the
/// township waits for them to end and is never late on them (ADR 0016).
/// </summary>
internal static class EnforcementDeadlines
{
    public static DeadlineRule Decision(EnforcementOptions o) =>
        new("enforcement.decision", "作出行政处罚决定", DeadlineOwner.Government, "《行政处罚法》第六十条", "立案之日", o.DecisionPeriodDays, PeriodKind.CalendarDays, 15);

    public static DeadlineRule Statement(EnforcementOptions o) =>
        new("enforcement.statement", "当事人陈述、申辩期限", DeadlineOwner.Party, "《行政处罚法》第四十四条、第四十五条", "告知之日", o.StatementPeriodWorkingDays, PeriodKind.WorkingDays, 1);

    public static DeadlineRule HearingRequest(EnforcementOptions o) =>
        new("enforcement.hearing-request", "当事人要求听证期限", DeadlineOwner.Party, "《行政处罚法》第六十四条第（一）项", "告知之日", o.HearingRequestWorkingDays, PeriodKind.WorkingDays, 2);

    public static DeadlineRule HearingNotice(EnforcementOptions o) =>
        new("enforcement.hearing-notice", "听证通知提前期", DeadlineOwner.Government, "《行政处罚法》第六十四条第（二）项", "通知听证之日", o.HearingNoticeWorkingDays, PeriodKind.WorkingDays, 0);

    public static DeadlineRule LegalReview(EnforcementOptions o) =>
        new("enforcement.legal-review", "重大执法决定法制审核", DeadlineOwner.Government, "《行政处罚法》第五十八条、国办发〔2018〕118号（十三）", "提请审核之日", o.LegalReviewWorkingDays, PeriodKind.WorkingDays, 3);

    public static DeadlineRule Service(EnforcementOptions o) =>
        new("enforcement.service", "送达行政处罚决定书", DeadlineOwner.Government, "《行政处罚法》第六十一条", "作出决定之日", o.ServiceWorkingDays, PeriodKind.WorkingDays, 2);

    public static DeadlineRule Payment(EnforcementOptions o) =>
        new("enforcement.payment", "当事人缴纳罚款", DeadlineOwner.Party, "《行政处罚法》第六十七条", "收到决定书之日", o.PaymentPeriodDays, PeriodKind.CalendarDays, 3);

    public static DeadlineRule Publication(EnforcementOptions o) =>
        new("enforcement.publication", "行政处罚决定公示", DeadlineOwner.Government, "国办发〔2018〕118号（六）、《行政处罚法》第四十八条", "作出决定之日", o.PublicationWorkingDays, PeriodKind.WorkingDays, 2);

    public static DeadlineRule Withdrawal(EnforcementOptions o) =>
        new("enforcement.withdrawal", "撤回已公示的处罚决定", DeadlineOwner.Government, "《行政处罚法》第四十八条第二款", "决定被撤销之日", o.WithdrawalWorkingDays, PeriodKind.WorkingDays, 1);

    public static DeadlineRule ComplaintReply(EnforcementOptions o) =>
        new("enforcement.complaint-reply", "答复执法投诉", DeadlineOwner.Government, "国办发〔2018〕118号（二）（畅通投诉渠道）", "收到投诉之日", o.ComplaintReplyWorkingDays, PeriodKind.WorkingDays, 3);
}
