using Fazhi.Modules.Advisors.Engagements.Assess;
using Fazhi.Modules.Advisors.Engagements.RecordService;
using Fazhi.Modules.Advisors.Engagements.SignContract;
using Fazhi.Modules.Advisors.Figures;
using Fazhi.Modules.Advisors.Model;
using Fazhi.Modules.Advisors.Reviews.GiveOpinion;
using Fazhi.Modules.Advisors.Reviews.Record;
using Fazhi.Modules.Advisors.Reviews.RecordSigning;
using Fazhi.Modules.Advisors.Reviews.SubmitReview;
using Fazhi.Modules.Reports.Contracts;
using Fazhi.Platform.Data;
using Fazhi.Platform.Web;

namespace Fazhi.Modules.Advisors;

/// <summary>法律顾问: advisor contracts, their consultations and opinions, and the legality review register for contracts.</summary>
public static class AdvisorsModule
{
    public static IServiceCollection AddAdvisors(this IServiceCollection services)
    {
        services.AddScoped<Platform.WaitingWork.IWaitingWorkSource, Contracts.AdvisorsWaitingWork>();
        services.AddScoped<SignContractHandler>();
        services.AddScoped<RecordServiceHandler>();
        services.AddScoped<AssessAdvisorHandler>();
        services.AddScoped<SubmitReviewHandler>();
        services.AddScoped<GiveOpinionHandler>();
        services.AddScoped<RecordSigningHandler>();
        services.AddScoped<ReviewLedger>();
        services.AddScoped<AdvisorFiguresQuery>();
        services.AddScoped<IIndicatorSource, AdvisorIndicatorSource>();
        services.AddScoped<IStartupSeeder, Demo.AdvisorsDemoSeeder>();
        services.AddModuleLabel("advisors", "法律顾问");
        services.AddRecordLabels<AdvisorContract>("法律顾问聘用合同", new Dictionary<string, string>
        {
            [nameof(AdvisorContract.AdvisorName)] = "法律顾问",
            [nameof(AdvisorContract.Kind)] = "类型",
            [nameof(AdvisorContract.LawFirm)] = "律师事务所或单位",
            [nameof(AdvisorContract.StartsOn)] = "聘用开始日期",
            [nameof(AdvisorContract.EndsOn)] = "聘用结束日期",
            [nameof(AdvisorContract.Fee)] = "聘用费用",
            [nameof(AdvisorContract.Scope)] = "服务范围",
            [nameof(AdvisorContract.CoversTownship)] = "担任本级政府法律顾问",
        });
        services.AddRecordLabels<AdvisorVillage>("法律顾问联系村（社区）", new Dictionary<string, string>
        {
            [nameof(AdvisorVillage.ContractId)] = "聘用合同",
            [nameof(AdvisorVillage.VillageId)] = "村（社区）",
        });
        services.AddRecordLabels<AdvisorService>("法律顾问服务记录", new Dictionary<string, string>
        {
            [nameof(AdvisorService.ContractId)] = "聘用合同",
            [nameof(AdvisorService.Kind)] = "服务类型",
            [nameof(AdvisorService.On)] = "日期",
            [nameof(AdvisorService.Subject)] = "事项",
            [nameof(AdvisorService.PeopleServed)] = "服务人次",
            [nameof(AdvisorService.RelatedRecord)] = "关联事项",
        });
        services.AddRecordLabels<AdvisorAssessment>("法律顾问半年考核", new Dictionary<string, string>
        {
            [nameof(AdvisorAssessment.ContractId)] = "聘用合同",
            [nameof(AdvisorAssessment.Year)] = "考核年度",
            [nameof(AdvisorAssessment.Half)] = "考核期",
            [nameof(AdvisorAssessment.Grade)] = "考核等次",
            [nameof(AdvisorAssessment.Remarks)] = "考核意见",
            [nameof(AdvisorAssessment.AssessedOn)] = "考核日期",
            [nameof(AdvisorAssessment.Assessor)] = "考核人",
        });
        services.AddRecordLabels<ContractReview>("合同合法性审查", new Dictionary<string, string>
        {
            [nameof(ContractReview.Title)] = "合同（事项）名称",
            [nameof(ContractReview.Counterparty)] = "相对方",
            [nameof(ContractReview.Amount)] = "金额",
            [nameof(ContractReview.SubmittedBy)] = "送审人",
            [nameof(ContractReview.SubmittedOn)] = "送审日期",
            [nameof(ContractReview.Reviewer)] = "审查人",
            [nameof(ContractReview.Opinion)] = "审查结论",
            [nameof(ContractReview.OpinionText)] = "审查意见",
            [nameof(ContractReview.ReviewedOn)] = "审查日期",
            [nameof(ContractReview.Adopted)] = "是否采纳",
            [nameof(ContractReview.SignedOn)] = "签订日期",
            [nameof(ContractReview.SignedBeforeReview)] = "先签后审",
        });
        services.AddEnumLabels<AdvisorKind>(AdvisorLabels.Kind);
        services.AddEnumLabels<ServiceKind>(AdvisorLabels.Service);
        services.AddEnumLabels<ReviewOpinion>(ReviewLabels.Opinion);
        services.AddEnumLabels<AssessmentGrade>(AssessmentLabels.Grade);
        services.AddMenuItem(new MenuItem(MenuAreas.Workspace, "法律顾问", "/workspace/advisors", 45));
        services.AddMenuItem(new MenuItem(MenuAreas.Workspace, "合同合法性审查", "/workspace/advisors/reviews", 46));
        return services;
    }

    public static IEndpointRouteBuilder MapAdvisorsEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapApiGroup("/api/workspace/advisors", "法律顾问").MapAdvisorSteps();
        return app;
    }
}
