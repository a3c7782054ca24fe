namespace Fazhi.Modules.Disclosure;

/// <summary>
/// Settings of 政务公开 (section <c>Fazhi:Disclosure</c>). The statutory periods of 第30–33条 are fixed in
/// <see cref="Model.DisclosurePeriods"/>; only what the regulation leaves to the organ is a setting.
/// </summary>
internal sealed class DisclosureOptions
{
    public const string Section = "Fazhi:Disclosure";

    /// <summary>第30条 asks for "合理的补正期限" without a number; 15 working days is a common local choice (unconfirmed).</summary>
    public int CorrectionPeriodWorkingDays { get; set; } = 15;

    /// <summary>
    /// Month of the next year by which the 政府信息公开工作年度报告 is published. 第49条 sets 1月31日 for 县级以上人民政府部门 and
    /// is silent on townships; provinces fix their own date, so it is a setting with the regulation's date as default.
    /// </summary>
    [System.ComponentModel.DataAnnotations.Range(1, 12)]
    public int AnnualReportDueMonth { get; set; } = 1;

    /// <summary>Day of <see cref="AnnualReportDueMonth"/> (default 31: 第49条 "每年1月31日前").</summary>
    [System.ComponentModel.DataAnnotations.Range(1, 31)]
    public int AnnualReportDueDay { get; set; } = 31;

    /// <summary>The due date of the report of <paramref name="year"/> (a day past the month's end is its last day).</summary>
    public DateOnly AnnualReportDueDate(int year) =>
        new(year + 1, AnnualReportDueMonth, Math.Min(AnnualReportDueDay, DateTime.DaysInMonth(year + 1, AnnualReportDueMonth)));
}
