namespace Fazhi.Modules.Reports.Contracts;

/// <summary>Where a township's annual report stands for the county (issue 5 §5).</summary>
public enum AnnualReportState
{
    NotStarted = 1,
    Drafting = 2,
    Approved = 3,
    PublishedOnTime = 4,
    PublishedLate = 5,

    /// <summary>Not published and 1 April of the next year has passed (督察工作规定 第二十四条).</summary>
    Missing = 6,
}

/// <summary>One township's report for a year, as the county console shows it.</summary>
public sealed record AnnualReportSummary(Guid TownshipId, int Year, AnnualReportState State, DateOnly? ApprovedOn, DateOnly? PublishedOn, DateOnly? SubmittedOn, DateOnly DueDate);

/// <summary>Read side of the Reports module for the county console.</summary>
public interface IAnnualReportSummaries
{
    Task<IReadOnlyList<AnnualReportSummary>> ForYearAsync(IReadOnlyCollection<Guid> townshipIds, int year, DateOnly today, CancellationToken cancellationToken);
}

public static class AnnualReportStates
{
    public static string Label(AnnualReportState state) => state switch
    {
        AnnualReportState.NotStarted => "未开始",
        AnnualReportState.Drafting => "起草中",
        AnnualReportState.Approved => "已审定",
        AnnualReportState.PublishedOnTime => "按时公开",
        AnnualReportState.PublishedLate => "逾期公开",
        AnnualReportState.Missing => "逾期未公开",
        _ => "",
    };

    public static string Badge(AnnualReportState state) => state switch
    {
        AnnualReportState.PublishedOnTime => "text-bg-success",
        AnnualReportState.PublishedLate or AnnualReportState.Approved => "text-bg-warning",
        AnnualReportState.Missing => "text-bg-danger",
        AnnualReportState.NotStarted or AnnualReportState.Drafting => "text-bg-secondary",
        _ => "text-bg-secondary",
    };
}
