using Fazhi.Platform.Deadlines;

namespace Fazhi.Modules.Reports.Drafting;

/// <summary>The statutory period of the annual report.</summary>
internal static class ReportDeadlines
{
    public const string PublicationCode = "reports.annual-publication";

    /// <summary>
    /// 法治政府建设与责任落实督察工作规定 第二十四条: the report is published before 1 April of the next year. Counted as a
    /// fixed date from 31 December, so the due date is 31 March; the whole first quarter is a warning on the board.
    /// </summary>
    public static DeadlineRule Publication(int year)
    {
        var start = new DateOnly(year, 12, 31);
        var due = new DateOnly(year + 1, 3, 31);
        var days = due.DayNumber - start.DayNumber;
        return new DeadlineRule(PublicationCode, $"{year}年度法治政府建设年度报告公开", DeadlineOwner.Government, "《法治政府建设与责任落实督察工作规定》第二十四条（每年4月1日之前公开）",
            "报告年度结束", days, PeriodKind.FixedDate, WarnDaysBefore: days, RollOverRestDay: false);
    }

    public static DateOnly DueDate(int year) => new(year + 1, 3, 31);

    /// <summary>The report of a township and year, as the board shows it, whether or not a draft exists yet.</summary>
    public static DeadlineSubject Subject(Guid townshipId, string townshipName, int year) =>
        new("reports", nameof(AnnualReport), AnnualReport.IdFor(townshipId, year), $"{townshipName}{year}年法治政府建设年度报告", $"/workspace/reports/{year}");
}
