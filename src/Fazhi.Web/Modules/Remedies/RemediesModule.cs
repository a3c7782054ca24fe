using Fazhi.Modules.Remedies.Cases;
using Fazhi.Modules.Remedies.Cases.Record;
using Fazhi.Modules.Remedies.Cases.RecordHearing;
using Fazhi.Modules.Remedies.Cases.RecordOpinion;
using Fazhi.Modules.Remedies.Cases.RecordOutcome;
using Fazhi.Modules.Remedies.Cases.Register;
using Fazhi.Modules.Remedies.Cases.ReportCorrection;
using Fazhi.Modules.Remedies.Cases.SubmitAnswer;
using Fazhi.Modules.Remedies.Figures;
using Fazhi.Modules.Remedies.Model;
using Fazhi.Modules.Reports.Contracts;
using Fazhi.Platform.Data;
using Fazhi.Platform.Web;

namespace Fazhi.Modules.Remedies;

/// <summary>行政复议 (the township as 被申请人) and 行政应诉 (the township as 被告): periods to answer, who appeared, outcomes.</summary>
public static class RemediesModule
{
    public static IServiceCollection AddRemedies(this IServiceCollection services)
    {
        services.AddScoped<CaseDesk>();
        services.AddScoped<Platform.WaitingWork.IWaitingWorkSource, Contracts.RemediesWaitingWork>();
        services.AddScoped<RegisterCaseHandler>();
        services.AddScoped<SubmitAnswerHandler>();
        services.AddScoped<RecordHearingHandler>();
        services.AddScoped<RecordOutcomeHandler>();
        services.AddScoped<RecordOpinionHandler>();
        services.AddScoped<ReportCorrectionHandler>();
        services.AddScoped<CaseLedger>();
        services.AddScoped<RemedyFiguresQuery>();
        services.AddScoped<IIndicatorSource, RemedyIndicatorSource>();
        services.AddScoped<Contracts.IRemedyFigures, RemedyFiguresForOtherModules>();
        services.AddScoped<IStartupSeeder, Demo.RemediesDemoSeeder>();
        services.AddModuleLabel("remedies", "行政复议和行政应诉");
        services.AddRecordLabels<RemedyCase>("行政复议、行政应诉案件", new Dictionary<string, string>
        {
            [nameof(RemedyCase.Kind)] = "案件类型",
            [nameof(RemedyCase.CaseNumber)] = "案号",
            [nameof(RemedyCase.Claimant)] = "申请人（原告）",
            [nameof(RemedyCase.ChallengedAct)] = "行政行为",
            [nameof(RemedyCase.Organ)] = "复议机关（法院）",
            [nameof(RemedyCase.AboutDisclosure)] = "涉政府信息公开",
            [nameof(RemedyCase.Simplified)] = "简易程序",
            [nameof(RemedyCase.CopyReceivedOn)] = "收到副本日期",
            [nameof(RemedyCase.AnsweredOn)] = "答复（答辩）日期",
            [nameof(RemedyCase.AnswerSummary)] = "答复（答辩）要点",
            [nameof(RemedyCase.HearingOn)] = "开庭（听证）日期",
            [nameof(RemedyCase.LeaderAppeared)] = "负责人出庭",
            [nameof(RemedyCase.AppearedBy)] = "出庭人员",
            [nameof(RemedyCase.AbsenceReason)] = "未出庭情形",
            [nameof(RemedyCase.AbsenceNote)] = "未出庭说明",
            [nameof(RemedyCase.Outcome)] = "结果",
            [nameof(RemedyCase.DecidedOn)] = "结果日期",
            [nameof(RemedyCase.DecisionSummary)] = "决定（裁判）要旨",
            [nameof(RemedyCase.OpinionNumber)] = "行政复议意见书文号",
            [nameof(RemedyCase.OpinionReceivedOn)] = "收到意见书日期",
            [nameof(RemedyCase.OpinionSummary)] = "意见书要旨",
            [nameof(RemedyCase.CorrectionReportedOn)] = "报送纠正情况日期",
            [nameof(RemedyCase.CorrectionReport)] = "纠正情况",
        });
        services.AddEnumLabels<RemedyKind>(RemedyLabels.Kind);
        services.AddEnumLabels<RemedyOutcome>(RemedyLabels.Outcome);
        services.AddEnumLabels<AbsenceReason>(RemedyLabels.Absence);
        services.AddMenuItem(new MenuItem(MenuAreas.Workspace, "行政复议和行政应诉", "/workspace/remedies", 47));
        return services;
    }

    public static IEndpointRouteBuilder MapRemediesEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiGroup("/api/workspace/remedies", "行政复议和行政应诉");
        group.MapCaseRecord();
        group.MapRegisterCase();
        group.MapSubmitAnswer();
        group.MapRecordHearing();
        group.MapRecordOutcome();
        group.MapRecordOpinion();
        group.MapReportCorrection();
        return app;
    }
}
