using Fazhi.Modules.Decisions.Archive;
using Fazhi.Modules.Decisions.Archive.AttachFile;
using Fazhi.Modules.Decisions.Archive.Close;
using Fazhi.Modules.Decisions.Catalog;
using Fazhi.Modules.Decisions.Catalog.AddItem;
using Fazhi.Modules.Decisions.Catalog.Approve;
using Fazhi.Modules.Decisions.CollectiveDeliberation;
using Fazhi.Modules.Decisions.CollectiveMatters;
using Fazhi.Modules.Decisions.CollectiveMatters.AttachAudio;
using Fazhi.Modules.Decisions.CollectiveMatters.Deliberate;
using Fazhi.Modules.Decisions.CollectiveMatters.Register;
using Fazhi.Modules.Decisions.Contracts;
using Fazhi.Modules.Decisions.Evaluations.Complete;
using Fazhi.Modules.Decisions.Evaluations.Plan;
using Fazhi.Modules.Decisions.ExpertReview;
using Fazhi.Modules.Decisions.Implementation.AddMilestone;
using Fazhi.Modules.Decisions.Implementation.CompleteMilestone;
using Fazhi.Modules.Decisions.Initiation;
using Fazhi.Modules.Decisions.Ledger;
using Fazhi.Modules.Decisions.LegalityReview.Opinion;
using Fazhi.Modules.Decisions.LegalityReview.Submission;
using Fazhi.Modules.Decisions.PartyCommittee.Reply;
using Fazhi.Modules.Decisions.PartyCommittee.Report;
using Fazhi.Modules.Decisions.PartyCommittee.Requirement;
using Fazhi.Modules.Decisions.Portal;
using Fazhi.Modules.Decisions.Publication;
using Fazhi.Modules.Decisions.PublicParticipation.NoticeHearing;
using Fazhi.Modules.Decisions.PublicParticipation.OpenComment;
using Fazhi.Modules.Decisions.PublicParticipation.RecordHearing;
using Fazhi.Modules.Decisions.PublicParticipation.ScheduleHearing;
using Fazhi.Modules.Decisions.Record;
using Fazhi.Modules.Decisions.RiskAssessment;
using Fazhi.Modules.Portal.Contracts;
using Fazhi.Platform.Data;
using Fazhi.Platform.Web;

namespace Fazhi.Modules.Decisions;

/// <summary>Major administrative decisions (重大行政决策, 国务院令第713号) and the 三重一大 register.</summary>
public static class DecisionsModule
{
    public static IServiceCollection AddDecisions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DecisionsOptions>().Bind(configuration.GetSection("Fazhi:Decisions"));

        // One handler per step (ADR 0010), shared by the step's page and its API route.
        services.AddScoped<AddCatalogItemHandler>();
        services.AddScoped<ApproveCatalogHandler>();
        services.AddScoped<InitiateDecisionHandler>();
        services.AddScoped<Platform.WaitingWork.IWaitingWorkSource, Contracts.DecisionsWaitingWork>();
        services.AddScoped<Platform.WaitingWork.IWaitingWorkSource, Contracts.CollectiveMattersWaitingWork>();
        services.AddScoped<OpenPublicCommentHandler>();
        services.AddScoped<ScheduleHearingHandler>();
        services.AddScoped<NoticeHearingHandler>();
        services.AddScoped<RecordHearingHandler>();
        services.AddScoped<AddExpertOpinionHandler>();
        services.AddScoped<RecordRiskAssessmentHandler>();
        services.AddScoped<SubmitForLegalityReviewHandler>();
        services.AddScoped<GiveLegalityReviewOpinionHandler>();
        services.AddScoped<RecordCollectiveDeliberationHandler>();
        services.AddScoped<SetPartyCommitteeRequirementHandler>();
        services.AddScoped<ReportToPartyCommitteeHandler>();
        services.AddScoped<RecordPartyCommitteeReplyHandler>();
        services.AddScoped<PublishDecisionHandler>();
        services.AddScoped<AddMilestoneHandler>();
        services.AddScoped<CompleteMilestoneHandler>();
        services.AddScoped<PlanEvaluationHandler>();
        services.AddScoped<CompleteEvaluationHandler>();
        services.AddScoped<AttachArchiveFileHandler>();
        services.AddScoped<CloseArchiveHandler>();
        services.AddScoped<RegisterCollectiveMatterHandler>();
        services.AddScoped<RecordMatterDeliberationHandler>();
        services.AddScoped<AttachMeetingAudioHandler>();

        services.AddScoped<CatalogQueries>();
        services.AddScoped<DecisionRecordQuery>();
        services.AddScoped<DecisionArchiveBuilder>();
        services.AddScoped<ArchiveReader>();
        services.AddScoped<Platform.Attachments.IAttachmentOwnerGuard, ClosedArchiveGuard>();
        services.AddScoped<DecisionLedger>();
        services.AddScoped<IMajorDecisionFigures>(sp => sp.GetRequiredService<DecisionLedger>());
        services.AddScoped<IPortalColumnSource, DecisionPortalSource>();
        services.AddScoped<IStartupSeeder, Demo.DecisionsDemoSeeder>();
        services.AddDecisionDisplayLabels();
        services.AddMenuItem(new MenuItem(MenuAreas.Workspace, "重大行政决策", "/workspace/decisions", 30));
        services.AddMenuItem(new MenuItem(MenuAreas.Workspace, "决策事项目录", "/workspace/decisions/catalog", 31));
        services.AddMenuItem(new MenuItem(MenuAreas.Workspace, "“三重一大”事项", "/workspace/decisions/collective-matters", 32));
        return services;
    }

    public static IEndpointRouteBuilder MapDecisionsEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiGroup("/api/workspace/decisions", "重大行政决策");
        group.MapDecisionLedger();
        group.MapDecisionRecord();
        group.MapArchiveReading();
        group.MapCatalogEndpoints();
        group.MapCollectiveMatterRegister();

        // The steps, in the order of 国务院令第713号.
        group.MapAddCatalogItem();
        group.MapApproveCatalog();
        group.MapInitiateDecision();
        group.MapOpenPublicComment();
        group.MapScheduleHearing();
        group.MapNoticeHearing();
        group.MapRecordHearing();
        group.MapAddExpertOpinion();
        group.MapRecordRiskAssessment();
        group.MapSubmitForLegalityReview();
        group.MapGiveLegalityReviewOpinion();
        group.MapRecordCollectiveDeliberation();
        group.MapSetPartyCommitteeRequirement();
        group.MapReportToPartyCommittee();
        group.MapRecordPartyCommitteeReply();
        group.MapPublishDecision();
        group.MapAddMilestone();
        group.MapCompleteMilestone();
        group.MapPlanEvaluation();
        group.MapCompleteEvaluation();
        group.MapAttachArchiveFile();
        group.MapCloseArchive();
        group.MapRegisterCollectiveMatter();
        group.MapRecordMatterDeliberation();
        return app;
    }
}
