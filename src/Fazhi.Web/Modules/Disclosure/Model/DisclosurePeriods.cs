using Fazhi.Platform.Deadlines;
using Fazhi.Platform.Time;

namespace Fazhi.Modules.Disclosure.Model;

/// <summary>
/// The statutory periods of 依申请公开 (政府信息公开条例 第30、32、33条), all in working days (工作日), and the
/// arithmetic that joins them: the reply period of 20 working days, extended once by at most 20 with the head's
/// consent, with the days spent consulting a third party left out.
/// </summary>
internal static class DisclosurePeriods
{
    /// <summary>第33条第2款: 自收到申请之日起20个工作日内予以答复.</summary>
    public const int ReplyWorkingDays = 20;

    /// <summary>第33条第2款: 延长的期限最长不得超过20个工作日.</summary>
    public const int MaxExtensionWorkingDays = 20;

    /// <summary>第30条: 自收到申请之日起7个工作日内一次性告知申请人作出补正.</summary>
    public const int CorrectionNoticeWorkingDays = 7;

    /// <summary>第32条: 第三方应当自收到征求意见书之日起15个工作日内提出意见.</summary>
    public const int ThirdPartyWorkingDays = 15;

    /// <summary>
    /// The reply's due date: 20 working days from the day of receipt, plus an approved extension, plus the working days
    /// a third-party consultation took (第33条第3款: 征求第三方和其他机关意见所需时间不计算在前款规定的期限内). The
    /// consultation's days are those after the day it was sent up to and including the day it ended.
    /// </summary>
    public static CalendarAnswer<DateOnly> ReplyDue(DateOnly receivedOn, int extensionDays, int pausedWorkingDays, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return calendar.AddWorkingDays(receivedOn, ReplyWorkingDays + extensionDays + pausedWorkingDays);
    }

    /// <summary>Working days a consultation sent on <paramref name="sentOn"/> and ended on <paramref name="endedOn"/> kept the period still.</summary>
    public static int PausedDays(DateOnly sentOn, DateOnly endedOn, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return endedOn <= sentOn ? 0 : calendar.WorkingDaysBetween(sentOn, endedOn).Value;
    }

    /// <summary>The last day a correction notice may be given (第30条).</summary>
    public static DateOnly CorrectionNoticeLastDay(DateOnly receivedOn, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return calendar.AddWorkingDays(receivedOn, CorrectionNoticeWorkingDays).Value;
    }
}

/// <summary>The periods of the module as deadline rules on the 待办与预警 board (ADR 0006, 0016).</summary>
internal static class DisclosureDeadlines
{
    public const string ReplyCode = "disclosure.reply";
    public const string CorrectionCode = "disclosure.correction";
    public const string ThirdPartyCode = "disclosure.third-party";
    public const string PublicationCode = "disclosure.publication";

    /// <summary>The township's duty to reply; <paramref name="period"/> is what is left of it when it runs again after a consultation.</summary>
    public static DeadlineRule Reply(int period = DisclosurePeriods.ReplyWorkingDays) =>
        new(ReplyCode, "政府信息公开申请答复", DeadlineOwner.Government, "《政府信息公开条例》第三十三条", "收到申请之日", period, PeriodKind.WorkingDays, 5);

    /// <summary>The applicant's correction period: "合理的补正期限" set in the notice (第30条); the township waits on it.</summary>
    public static DeadlineRule Correction(int period) =>
        new(CorrectionCode, "申请人补正申请", DeadlineOwner.Party, "《政府信息公开条例》第三十条", "补正告知之日", period, PeriodKind.WorkingDays, 2);

    /// <summary>第26条: 属于主动公开范围的政府信息，应当自该政府信息形成或者变更之日起20个工作日内及时公开.</summary>
    public static DeadlineRule Publication { get; } =
        new(PublicationCode, "主动公开政府信息", DeadlineOwner.Government, "《政府信息公开条例》第二十六条", "信息形成或者变更之日", 20, PeriodKind.WorkingDays, 5);

    /// <summary>The third party's 15 working days (第32条); the township waits on it.</summary>
    public static DeadlineRule ThirdParty { get; } =
        new(ThirdPartyCode, "第三方提出意见", DeadlineOwner.Party, "《政府信息公开条例》第三十二条", "第三方收到征求意见书之日", DisclosurePeriods.ThirdPartyWorkingDays, PeriodKind.WorkingDays, 3);
}
