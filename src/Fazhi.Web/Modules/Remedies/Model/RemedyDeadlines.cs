using Fazhi.Platform.Deadlines;

namespace Fazhi.Modules.Remedies.Model;

/// <summary>The township's periods to answer a case against it.</summary>
internal static class RemedyDeadlines
{
    public const string AnswerCode = "remedies.answer";

    /// <summary>
    /// 行政复议法 第48条: 被申请人应当自收到申请书副本或者申请笔录复印件之日起十日内，提出书面答复，并提交作出行政行为的证据、依据和其他
    /// 有关材料; 简易程序 五日内 (第54条). "十日""五日" are working days (第88条).
    /// </summary>
    public static DeadlineRule ReconsiderationAnswer(bool simplified) =>
        new(AnswerCode, "行政复议书面答复", DeadlineOwner.Government, simplified ? "《行政复议法》第五十四条、第八十八条" : "《行政复议法》第四十八条、第八十八条",
            "收到申请书副本之日", simplified ? 5 : 10, PeriodKind.WorkingDays, 2);

    /// <summary>
    /// 行政诉讼法 第67条: 被告应当在收到起诉状副本之日起十五日内……提出答辩状. Fifteen calendar days; a last day on a statutory rest day
    /// moves to the next working day (第101条 → 民事诉讼法 第85条).
    /// </summary>
    public static DeadlineRule LitigationDefence { get; } =
        new(AnswerCode, "行政诉讼答辩", DeadlineOwner.Government, "《行政诉讼法》第六十七条、第一百零一条，《民事诉讼法》第八十五条", "收到起诉状副本之日", 15, PeriodKind.CalendarDays, 3);

    public const string CorrectionReportCode = "remedies.opinion-report";

    /// <summary>
    /// 行政复议法 第76条: 有关机关应当自收到行政复议意见书之日起六十日内，将纠正相关违法或者不当行政行为的情况报送行政复议机关. Sixty
    /// calendar days: 第88条第2款 makes only "三日""五日""七日""十日" working days; other periods follow 民事诉讼法 (第88条第1款), so
    /// a last day on a statutory rest day moves to the next working day (民事诉讼法 第85条).
    /// </summary>
    public static DeadlineRule CorrectionReport { get; } =
        new(CorrectionReportCode, "报送行政复议意见书纠正情况", DeadlineOwner.Government, "《行政复议法》第七十六条、第八十八条，《民事诉讼法》第八十五条", "收到行政复议意见书之日",
            60, PeriodKind.CalendarDays, 10);

    public static DeadlineRule AnswerFor(RemedyKind kind, bool simplified) => kind == RemedyKind.Reconsideration ? ReconsiderationAnswer(simplified) : LitigationDefence;
}
