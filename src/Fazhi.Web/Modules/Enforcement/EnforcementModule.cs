using Fazhi.Modules.Enforcement.Cases;
using Fazhi.Modules.Enforcement.Cases.Closing;
using Fazhi.Modules.Enforcement.Cases.Decision;
using Fazhi.Modules.Enforcement.Cases.Discussion;
using Fazhi.Modules.Enforcement.Cases.Execution;
using Fazhi.Modules.Enforcement.Cases.Filing;
using Fazhi.Modules.Enforcement.Cases.HearingNotice;
using Fazhi.Modules.Enforcement.Cases.HearingRecord;
using Fazhi.Modules.Enforcement.Cases.HearingRequest;
using Fazhi.Modules.Enforcement.Cases.Investigation;
using Fazhi.Modules.Enforcement.Cases.LegalReview.Opinion;
using Fazhi.Modules.Enforcement.Cases.LegalReview.Submission;
using Fazhi.Modules.Enforcement.Cases.Notice;
using Fazhi.Modules.Enforcement.Cases.OnTheSpot;
using Fazhi.Modules.Enforcement.Cases.PeriodExtension;
using Fazhi.Modules.Enforcement.Cases.Publication;
using Fazhi.Modules.Enforcement.Cases.Record;
using Fazhi.Modules.Enforcement.Cases.Revocation;
using Fazhi.Modules.Enforcement.Cases.Service;
using Fazhi.Modules.Enforcement.Cases.Statement;
using Fazhi.Modules.Enforcement.Cases.Withdrawal;
using Fazhi.Modules.Enforcement.Contracts;
using Fazhi.Modules.Enforcement.Officers;
using Fazhi.Modules.Enforcement.Powers;
using Fazhi.Modules.Enforcement.Publicity;
using Fazhi.Modules.Portal.Contracts;
using Fazhi.Platform.Data;
using Fazhi.Platform.Web;

namespace Fazhi.Modules.Enforcement;

/// <summary>Administrative enforcement: officers and certificates, the power catalogue, penalty cases and the three systems.</summary>
public static class EnforcementModule
{
    public static IServiceCollection AddEnforcement(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<EnforcementOptions>().Bind(configuration.GetSection("Fazhi:Enforcement"));
        services.AddSingleton(sp => new Fazhi.Modules.Portal.Contracts.PortalService("行政执法投诉",
            $"对本乡镇行政执法人员或执法行为的投诉、举报（《行政处罚法》第七十五条），{sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<EnforcementOptions>>().Value.ComplaintReplyWorkingDays}个工作日内答复。",
            "enforcement/complaint", "enforcement/complaint/status", 10, Fazhi.Modules.Portal.Contracts.PortalColumn.EnforcementPublicity));
        services.AddScoped<CaseOpening>();
        services.AddScoped<FileCaseHandler>();
        services.AddScoped<DecideOnTheSpotHandler>();
        services.AddScoped<AddEvidenceHandler>();
        services.AddScoped<NotifyPartyHandler>();
        services.AddScoped<RecordStatementHandler>();
        services.AddScoped<RequestHearingHandler>();
        services.AddScoped<ScheduleHearingHandler>();
        services.AddScoped<RecordHearingHandler>();
        services.AddScoped<SubmitForLegalReviewHandler>();
        services.AddScoped<GiveLegalReviewOpinionHandler>();
        services.AddScoped<RecordDiscussionHandler>();
        services.AddScoped<DecidePenaltyHandler>();
        services.AddScoped<ExtendDecisionPeriodHandler>();
        services.AddScoped<ServeDecisionHandler>();
        services.AddScoped<RecordExecutionHandler>();
        services.AddScoped<CloseCaseHandler>();
        services.AddScoped<PublishPenaltyHandler>();
        services.AddScoped<RevokeDecisionHandler>();
        services.AddScoped<WithdrawPublicationHandler>();
        services.AddScoped<CaseLedger>();
        services.AddScoped<IEnforcementFigures>(sp => sp.GetRequiredService<CaseLedger>());
        services.AddScoped<Platform.WaitingWork.IWaitingWorkSource, Contracts.EnforcementWaitingWork>();
        services.AddScoped<OfficerRegistry>();
        services.AddScoped<PowerCatalog>();
        services.AddScoped<ComplaintDesk>();
        services.AddScoped<ComplaintLedger>();
        services.AddScoped<IPortalColumnSource, EnforcementPublicitySource>();
        services.AddScoped<IStartupSeeder, Demo.EnforcementDemoSeeder>();
        services.AddEnforcementDisplayLabels();
        services.AddMenuItem(new MenuItem(MenuAreas.Workspace, "行政执法案件", "/workspace/enforcement/cases", 40));
        services.AddMenuItem(new MenuItem(MenuAreas.Workspace, "执法人员", "/workspace/enforcement/officers", 41));
        services.AddMenuItem(new MenuItem(MenuAreas.Workspace, "处罚权事项目录", "/workspace/enforcement/powers", 42));
        services.AddMenuItem(new MenuItem(MenuAreas.Workspace, "执法投诉", "/workspace/enforcement/complaints", 43));
        return services;
    }

    public static IEndpointRouteBuilder MapEnforcementEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiGroup("/api/workspace/enforcement", "行政执法");
        group.MapCaseEndpoints();
        group.MapOfficerEndpoints();
        group.MapPowerEndpoints();
        group.MapComplaintEndpoints();
        app.MapApiGroup("/api/portal/enforcement", "执法公示").MapPublicComplaintEndpoint();
        return app;
    }
}
