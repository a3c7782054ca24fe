using Fazhi.Platform.Deadlines;

namespace Fazhi.Modules.Decisions.Model;

/// <summary>The statutory periods of a major decision as deadline rules on the 待办与预警 board.</summary>
internal static class DecisionDeadlines
{
    public const string CommentPeriodCode = "decisions.comment-period";
    public const string HearingNoticeCode = "decisions.hearing-notice";
    public const string LegalityReviewCode = "decisions.legality-review";
    public const string MilestoneCode = "decisions.milestone";
    public const string EvaluationCode = "decisions.evaluation";

    /// <summary>第15条: calendar days, at least 30 unless shortened for urgency; the public's period, which ends rather than falls overdue (ADR 0016).</summary>
    public static DeadlineRule CommentPeriod(int days) =>
        new(CommentPeriodCode, "重大行政决策公开征求意见", DeadlineOwner.Public, "《重大行政决策程序暂行条例》第十五条", "公布决策草案之日", days, PeriodKind.CalendarDays, 5);

    /// <summary>第16条: the last day to serve hearing materials is 7 days before the hearing (a fixed date).</summary>
    public static DeadlineRule HearingNotice() =>
        new(HearingNoticeCode, "听证材料送达听证参加人", DeadlineOwner.Government, "《重大行政决策程序暂行条例》第十六条", "听证会7日前", 0, PeriodKind.FixedDate, 3, RollOverRestDay: false);

    /// <summary>第26条: at least 7 working days for the reviewer.</summary>
    public static DeadlineRule LegalityReview(int workingDays) =>
        new(LegalityReviewCode, "重大行政决策合法性审查", DeadlineOwner.Government, "《重大行政决策程序暂行条例》第二十六条", "送请审查之日", workingDays, PeriodKind.WorkingDays, 2);

    /// <summary>A reply date later than the minimum, counted as a fixed date.</summary>
    public static DeadlineRule LegalityReviewUntil(int calendarDays) =>
        new(LegalityReviewCode, "重大行政决策合法性审查", DeadlineOwner.Government, "《重大行政决策程序暂行条例》第二十六条", "送请审查之日", calendarDays, PeriodKind.FixedDate, 2, RollOverRestDay: false);

    public static DeadlineRule Milestone() =>
        new(MilestoneCode, "重大行政决策执行节点", DeadlineOwner.Government, "《重大行政决策程序暂行条例》第三十四条", "执行计划确定之日", 0, PeriodKind.FixedDate, 7, RollOverRestDay: false);

    public static DeadlineRule Evaluation() =>
        new(EvaluationCode, "重大行政决策后评估", DeadlineOwner.Government, "《重大行政决策程序暂行条例》第三十六条", "启动评估之日", 0, PeriodKind.FixedDate, 10, RollOverRestDay: false);

    /// <summary>
    /// What a deadline of <paramref name="decision"/> is about, linked to the decision's page; a deadline of one of its
    /// parts (a hearing, a milestone, an evaluation) names the part's id so it is met with that part.
    /// </summary>
    public static DeadlineSubject Subject(MajorDecision decision, Guid? partId = null, string? suffix = null) =>
        new("decisions", nameof(MajorDecision), partId ?? decision.Id, decision.Title + suffix, $"/workspace/decisions/{decision.Id}");
}
