using Fazhi.Modules.Leadership.AddPlanTask;
using Fazhi.Modules.Leadership.AdoptWorkPlan;
using Fazhi.Modules.Leadership.CompletePlanTask;
using Fazhi.Modules.Leadership.Figures;
using Fazhi.Modules.Leadership.Model;
using Fazhi.Modules.Leadership.RecordCountyReport;
using Fazhi.Modules.Leadership.RecordDutyStatement;
using Fazhi.Modules.Leadership.RecordMeeting;
using Fazhi.Modules.Leadership.WriteSummary;
using Fazhi.Modules.Reports.Contracts;
using Fazhi.Platform.Data;
using Fazhi.Platform.Web;

namespace Fazhi.Modules.Leadership;

/// <summary>第一责任人: the leadership's rule-of-law meetings, 述法, reports to the county and the 工作要点 (issue 15 §1).</summary>
public static class LeadershipModule
{
    public static IServiceCollection AddLeadership(this IServiceCollection services)
    {
        services.AddScoped<ImportLedger.ImportLedgerHandler>();
        services.AddScoped<LeadershipQueries>();
        services.AddScoped<RecordMeetingHandler>();
        services.AddScoped<RecordDutyStatementHandler>();
        services.AddScoped<RecordCountyReportHandler>();
        services.AddScoped<AdoptWorkPlanHandler>();
        services.AddScoped<AddPlanTaskHandler>();
        services.AddScoped<CompletePlanTaskHandler>();
        services.AddScoped<WriteSummaryHandler>();
        services.AddScoped<LeadershipFigures>();
        services.AddScoped<IIndicatorSource, LeadershipIndicatorSource>();
        services.AddScoped<IStartupSeeder, Demo.LeadershipDemoSeeder>();
        services.AddModuleLabel(LeadershipDeadlines.Module, "第一责任人履职");
        services.AddRecordLabels<RuleOfLawMeeting>("研究法治建设的会议", new Dictionary<string, string>
        {
            [nameof(RuleOfLawMeeting.Kind)] = "会议类型", [nameof(RuleOfLawMeeting.HeldOn)] = "会议日期", [nameof(RuleOfLawMeeting.Topic)] = "议题",
            [nameof(RuleOfLawMeeting.Chair)] = "主持人", [nameof(RuleOfLawMeeting.Attendees)] = "参会人员", [nameof(RuleOfLawMeeting.Decided)] = "议定事项",
            [nameof(RuleOfLawMeeting.HeardWorkReport)] = "听取法治建设工作汇报", [nameof(RuleOfLawMeeting.RecordedBy)] = "登记人",
        });
        services.AddRecordLabels<DutyStatement>("述法", new Dictionary<string, string>
        {
            [nameof(DutyStatement.Role)] = "述法人职务", [nameof(DutyStatement.Speaker)] = "述法人", [nameof(DutyStatement.DeliveredOn)] = "述法日期",
            [nameof(DutyStatement.Occasion)] = "述法场合", [nameof(DutyStatement.Text)] = "述法内容", [nameof(DutyStatement.Evaluation)] = "评议结果", [nameof(DutyStatement.EvaluatedBy)] = "评议单位",
        });
        services.AddRecordLabels<CountyReport>("向县委县政府的报告", new Dictionary<string, string>
        {
            [nameof(CountyReport.Kind)] = "报告类型", [nameof(CountyReport.ReportedOn)] = "报送日期", [nameof(CountyReport.Recipient)] = "报送单位", [nameof(CountyReport.Reference)] = "文号",
        });
        services.AddRecordLabels<WorkPlan>("法治建设工作要点", new Dictionary<string, string>
        {
            [nameof(WorkPlan.AdoptedOn)] = "印发日期", [nameof(WorkPlan.AdoptedAt)] = "审议会议", [nameof(WorkPlan.Summary)] = "年度总结", [nameof(WorkPlan.SummarizedOn)] = "总结日期",
        });
        services.AddRecordLabels<PlanTask>("工作要点任务", new Dictionary<string, string>
        {
            [nameof(PlanTask.PlanId)] = "工作要点", [nameof(PlanTask.Owner)] = "责任单位", [nameof(PlanTask.DueOn)] = "完成时限", [nameof(PlanTask.DoneOn)] = "完成日期", [nameof(PlanTask.Result)] = "完成情况",
        });
        services.AddEnumLabels<MeetingKind>(LeadershipLabels.Meeting);
        services.AddEnumLabels<LeaderRole>(LeadershipLabels.Role);
        services.AddEnumLabels<DutyEvaluation>(LeadershipLabels.Evaluation);
        services.AddEnumLabels<CountyReportKind>(LeadershipLabels.Report);
        services.AddMenuItem(new MenuItem(MenuAreas.Workspace, "第一责任人履职", "/workspace/leadership", 55));
        return services;
    }

    public static IEndpointRouteBuilder MapLeadershipEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiGroup("/api/workspace/leadership", "第一责任人履职");
        group.MapRecordMeeting();
        ImportLedger.ImportLedgerEndpoint.MapImportLedger(group);
        group.MapRecordDutyStatement();
        group.MapRecordCountyReport();
        group.MapWorkPlanSteps();
        return app;
    }
}
