using Fazhi.Modules.Reports.Drafting;
using Fazhi.Platform.Web;

namespace Fazhi.Modules.Reports;

/// <summary>Chinese names of the annual-report records and fields, for the audit log and record histories.</summary>
internal static class ReportDisplayLabels
{
    public static IServiceCollection AddReportDisplayLabels(this IServiceCollection services)
    {
        services.AddModuleLabel("reports", "法治政府建设年度报告");
        services.AddRecordLabels<AnnualReport>("法治政府建设年度报告", new Dictionary<string, string>
        {
            [nameof(AnnualReport.ApprovedBy)] = "审定人",
            [nameof(AnnualReport.ApprovedOn)] = "审定日期",
            [nameof(AnnualReport.ApprovedVersion)] = "审定稿",
            [nameof(AnnualReport.IndexNumber)] = "索引号",
            [nameof(AnnualReport.PublishedOn)] = "公开日期",
            [nameof(AnnualReport.Status)] = "状态",
            [nameof(AnnualReport.SubmittedBy)] = "报送人",
            [nameof(AnnualReport.SubmittedToCountyOn)] = "报送县级日期",
        });
        services.AddRecordLabels<AnnualReportVersion>("年度报告稿", new Dictionary<string, string>
        {
            [nameof(AnnualReportVersion.Achievements)] = "主要举措和成效",
            [nameof(AnnualReportVersion.Author)] = "起草人",
            [nameof(AnnualReportVersion.IssuedOn)] = "成文日期",
            [nameof(AnnualReportVersion.Issuer)] = "发文机关",
            [nameof(AnnualReportVersion.LeaderDuties)] = "第一责任人履职情况",
            [nameof(AnnualReportVersion.NextYearPlan)] = "下一年度主要安排",
            [nameof(AnnualReportVersion.Note)] = "修改说明",
            [nameof(AnnualReportVersion.Number)] = "稿次",
            [nameof(AnnualReportVersion.OtherMatters)] = "其他需要报告的情况",
            [nameof(AnnualReportVersion.Preamble)] = "开头语",
            [nameof(AnnualReportVersion.ReportId)] = "所属报告",
            [nameof(AnnualReportVersion.Shortcomings)] = "存在的不足和原因",
        });
        services.AddRecordLabels<AnnualReportFile>("年度报告文件", new Dictionary<string, string>
        {
            [nameof(AnnualReportFile.Content)] = "文件内容",
            [nameof(AnnualReportFile.Kind)] = "文件格式",
            [nameof(AnnualReportFile.ReportId)] = "所属报告",
            [nameof(AnnualReportFile.Sha256)] = "校验值（SHA-256）",
            [nameof(AnnualReportFile.VersionNumber)] = "稿次",
        });
        services.AddEnumLabels<ReportStatus>(AnnualReport.StatusLabel);
        services.AddEnumLabels<ReportFileKind>(k => k switch
        {
            ReportFileKind.Docx => "DOCX",
            ReportFileKind.Pdf => "PDF",
            _ => k.ToString(),
        });
        return services;
    }
}
