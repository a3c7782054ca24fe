using Fazhi.Modules.Disputes.Home;
using Fazhi.Modules.Disputes.Intake.Record;
using Fazhi.Modules.Disputes.Writs;
using Fazhi.Platform.Data;
using Fazhi.Platform.Web;

namespace Fazhi.Modules.Disputes;

/// <summary>
/// Disputes and the public's requests (issue 16): one intake for what people bring to the township, and on it
/// 人民调解 with 矛盾纠纷排查, 信访 and 12345 tickets.
/// </summary>
public static class DisputesModule
{
    /// <summary>Module key on deadlines, audit labels and the board's 业务 filter.</summary>
    internal const string Key = "disputes";

    public static IServiceCollection AddDisputes(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DisputesOptions>().Bind(configuration.GetSection("Fazhi:Disputes"));
        services.AddSingleton(new Fazhi.Modules.Portal.Contracts.PortalService("网上反映诉求",
            "矛盾纠纷、求助、意见建议和投诉，镇里登记后分办到承办科室，在规定期限内答复。",
            "requests", "requests/lookup", 20, Fazhi.Modules.Portal.Contracts.PortalColumn.Interaction));
        services.AddScoped<Platform.WaitingWork.IWaitingWorkSource, Contracts.DisputesWaitingWork>();
        services.AddScoped<Intake.IntakeDesk>();
        services.AddScoped<Portal.PublicRequestDesk>();
        services.AddScoped<Intake.TownshipDirectory>();
        services.AddScoped<Intake.MatterQueries>();
        services.AddScoped<Intake.Ledger.MatterLedger>();
        services.AddScoped<Mediation.Committees.CommitteeQueries>();
        services.AddScoped<Mediation.Cases.CaseQueries>();
        services.AddScoped<Mediation.Cases.CaseOutcomes>();
        services.AddScoped<Mediation.Cases.Ledger.CaseLedger>();
        services.AddScoped<Screening.ScreeningQueries>();
        services.AddScoped<Screening.Ledger.ScreeningLedger>();
        services.AddScoped<Petitions.PetitionQueries>();
        services.AddScoped<Petitions.Ledger.PetitionLedger>();
        services.AddScoped<Hotline.HotlineDesk>();
        services.AddScoped<Hotline.TicketQueries>();
        services.AddScoped<Hotline.Ledger.TicketLedger>();
        services.AddScoped<WritWriter>();
        services.AddScoped<Figures.DisputeFigures>();
        services.AddScoped<IStartupSeeder, Demo.DisputesDemoSeeder>();
        services.AddScoped<Fazhi.Modules.Reports.Contracts.IIndicatorSource, Figures.DisputeIndicatorSource>();
        services.AddScoped<DisputeSearch>();
        services.AddScoped<Fazhi.Modules.Disputes.Hotline.DispatchTicket.DispatchTicketHandler>();
        services.AddScoped<Fazhi.Modules.Disputes.Hotline.ExtendTicket.ExtendTicketHandler>();
        services.AddScoped<Fazhi.Modules.Disputes.Hotline.FollowUpTicket.FollowUpTicketHandler>();
        services.AddScoped<Fazhi.Modules.Disputes.Hotline.Import.ImportTicketsHandler>();
        services.AddScoped<Fazhi.Modules.Disputes.Hotline.Keys.IssueHotlineKeyHandler>();
        services.AddScoped<Fazhi.Modules.Disputes.Hotline.Push.PushTicketHandler>();
        services.AddScoped<Fazhi.Modules.Disputes.Hotline.ReplyTicket.ReplyTicketHandler>();
        services.AddScoped<Fazhi.Modules.Disputes.Hotline.ReturnTicket.ReturnTicketHandler>();
        services.AddScoped<Fazhi.Modules.Disputes.Intake.Close.CloseMatterHandler>();
        services.AddScoped<Fazhi.Modules.Disputes.Intake.FollowUp.FollowUpMatterHandler>();
        services.AddScoped<Fazhi.Modules.Disputes.Intake.Link.LinkMatterHandler>();
        services.AddScoped<Fazhi.Modules.Disputes.Intake.Register.RegisterMatterHandler>();
        services.AddScoped<Fazhi.Modules.Disputes.Intake.Reply.ReplyMatterHandler>();
        services.AddScoped<Fazhi.Modules.Disputes.Intake.Route.RouteMatterHandler>();
        services.AddScoped<Fazhi.Modules.Disputes.Mediation.Cases.Accept.AcceptCaseHandler>();
        services.AddScoped<Fazhi.Modules.Disputes.Mediation.Cases.AssignMediators.AssignMediatorsHandler>();
        services.AddScoped<Fazhi.Modules.Disputes.Mediation.Cases.Import.ImportCasesHandler>();
        services.AddScoped<Fazhi.Modules.Disputes.Mediation.Cases.RecordAgreement.RecordAgreementHandler>();
        services.AddScoped<Fazhi.Modules.Disputes.Mediation.Cases.RecordConfirmation.RecordConfirmationHandler>();
        services.AddScoped<Fazhi.Modules.Disputes.Mediation.Cases.RecordPerformance.RecordPerformanceHandler>();
        services.AddScoped<Fazhi.Modules.Disputes.Mediation.Cases.RecordRefusal.RecordRefusalHandler>();
        services.AddScoped<Fazhi.Modules.Disputes.Mediation.Cases.RecordSession.RecordSessionHandler>();
        services.AddScoped<Fazhi.Modules.Disputes.Mediation.Cases.SignAgreement.SignAgreementHandler>();
        services.AddScoped<Fazhi.Modules.Disputes.Mediation.Cases.TerminateMediation.TerminateMediationHandler>();
        services.AddScoped<Fazhi.Modules.Disputes.Mediation.Committees.AppointMediator.AppointMediatorHandler>();
        services.AddScoped<Fazhi.Modules.Disputes.Mediation.Committees.FormCommittee.FormCommitteeHandler>();
        services.AddScoped<Fazhi.Modules.Disputes.Mediation.Committees.ReleaseMediator.ReleaseMediatorHandler>();
        services.AddScoped<Fazhi.Modules.Disputes.Mediation.Committees.RenewCommittee.RenewCommitteeHandler>();
        services.AddScoped<Fazhi.Modules.Disputes.Petitions.AcceptPetition.AcceptPetitionHandler>();
        services.AddScoped<Fazhi.Modules.Disputes.Petitions.DeclinePetition.DeclinePetitionHandler>();
        services.AddScoped<Fazhi.Modules.Disputes.Petitions.ExtendPetition.ExtendPetitionHandler>();
        services.AddScoped<Fazhi.Modules.Disputes.Petitions.IssueOpinion.IssueOpinionHandler>();
        services.AddScoped<Fazhi.Modules.Disputes.Petitions.ObjectPetition.ObjectPetitionHandler>();
        services.AddScoped<Fazhi.Modules.Disputes.Petitions.RecordReviewOpinion.RecordReviewOpinionHandler>();
        services.AddScoped<Fazhi.Modules.Disputes.Petitions.Register.RegisterPetitionHandler>();
        services.AddScoped<Fazhi.Modules.Disputes.Petitions.RequestReview.RequestReviewHandler>();
        services.AddScoped<Fazhi.Modules.Disputes.Petitions.TransferPetition.TransferPetitionHandler>();
        services.AddScoped<Fazhi.Modules.Disputes.Screening.AssignLeader.AssignLeaderHandler>();
        services.AddScoped<Fazhi.Modules.Disputes.Screening.EscalateFinding.EscalateFindingHandler>();
        services.AddScoped<Fazhi.Modules.Disputes.Screening.RecordRound.RecordRoundHandler>();
        services.AddScoped<Fazhi.Modules.Disputes.Screening.ResolveFinding.ResolveFindingHandler>();
        services.AddDisputeDisplayLabels();
        services.AddMenuItem(new MenuItem(MenuAreas.Workspace, "矛盾纠纷与群众诉求", "/workspace/disputes", 60));
        services.AddMenuItem(new MenuItem(MenuAreas.Workspace, "群众诉求台账", "/workspace/disputes/matters", 61));
        services.AddMenuItem(new MenuItem(MenuAreas.Workspace, "人民调解", "/workspace/disputes/mediation/cases", 62));
        services.AddMenuItem(new MenuItem(MenuAreas.Workspace, "矛盾纠纷排查", "/workspace/disputes/screening", 63));
        services.AddMenuItem(new MenuItem(MenuAreas.Workspace, "信访事项", "/workspace/disputes/petitions", 64));
        services.AddMenuItem(new MenuItem(MenuAreas.Workspace, "12345 工单", "/workspace/disputes/hotline", 65));
        services.AddMenuItem(new MenuItem(MenuAreas.Admin, "12345 热线平台密钥", "/admin/hotline-keys", 60));
        return services;
    }

    public static IEndpointRouteBuilder MapDisputesEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiGroup("/api/workspace/disputes", "矛盾纠纷与群众诉求");
        Fazhi.Modules.Disputes.Hotline.DispatchTicket.DispatchTicketEndpoint.MapDispatchTicket(group);
        Fazhi.Modules.Disputes.Hotline.ExtendTicket.ExtendTicketEndpoint.MapExtendTicket(group);
        Fazhi.Modules.Disputes.Hotline.FollowUpTicket.FollowUpTicketEndpoint.MapFollowUpTicket(group);
        Fazhi.Modules.Disputes.Hotline.Import.ImportTicketsEndpoint.MapImportTickets(group);
        Fazhi.Modules.Disputes.Hotline.ReplyTicket.ReplyTicketEndpoint.MapReplyTicket(group);
        Fazhi.Modules.Disputes.Hotline.ReturnTicket.ReturnTicketEndpoint.MapReturnTicket(group);
        Fazhi.Modules.Disputes.Intake.Close.CloseMatterEndpoint.MapCloseMatter(group);
        Fazhi.Modules.Disputes.Intake.FollowUp.FollowUpMatterEndpoint.MapFollowUpMatter(group);
        Fazhi.Modules.Disputes.Intake.Link.LinkMatterEndpoint.MapLinkMatter(group);
        Fazhi.Modules.Disputes.Intake.Register.RegisterMatterEndpoint.MapRegisterMatter(group);
        Fazhi.Modules.Disputes.Intake.Reply.ReplyMatterEndpoint.MapReplyMatter(group);
        Fazhi.Modules.Disputes.Intake.Route.RouteMatterEndpoint.MapRouteMatter(group);
        Fazhi.Modules.Disputes.Mediation.Cases.Accept.AcceptCaseEndpoint.MapAcceptCase(group);
        Fazhi.Modules.Disputes.Mediation.Cases.AssignMediators.AssignMediatorsEndpoint.MapAssignMediators(group);
        Fazhi.Modules.Disputes.Mediation.Cases.Import.ImportCasesEndpoint.MapImportCases(group);
        Fazhi.Modules.Disputes.Mediation.Cases.RecordAgreement.RecordAgreementEndpoint.MapRecordAgreement(group);
        Fazhi.Modules.Disputes.Mediation.Cases.RecordConfirmation.RecordConfirmationEndpoint.MapRecordConfirmation(group);
        Fazhi.Modules.Disputes.Mediation.Cases.RecordPerformance.RecordPerformanceEndpoint.MapRecordPerformance(group);
        Fazhi.Modules.Disputes.Mediation.Cases.RecordRefusal.RecordRefusalEndpoint.MapRecordRefusal(group);
        Fazhi.Modules.Disputes.Mediation.Cases.RecordSession.RecordSessionEndpoint.MapRecordSession(group);
        Fazhi.Modules.Disputes.Mediation.Cases.SignAgreement.SignAgreementEndpoint.MapSignAgreement(group);
        Fazhi.Modules.Disputes.Mediation.Cases.TerminateMediation.TerminateMediationEndpoint.MapTerminateMediation(group);
        Fazhi.Modules.Disputes.Mediation.Committees.AppointMediator.AppointMediatorEndpoint.MapAppointMediator(group);
        Fazhi.Modules.Disputes.Mediation.Committees.FormCommittee.FormCommitteeEndpoint.MapFormCommittee(group);
        Fazhi.Modules.Disputes.Mediation.Committees.ReleaseMediator.ReleaseMediatorEndpoint.MapReleaseMediator(group);
        Fazhi.Modules.Disputes.Mediation.Committees.RenewCommittee.RenewCommitteeEndpoint.MapRenewCommittee(group);
        Fazhi.Modules.Disputes.Petitions.AcceptPetition.AcceptPetitionEndpoint.MapAcceptPetition(group);
        Fazhi.Modules.Disputes.Petitions.DeclinePetition.DeclinePetitionEndpoint.MapDeclinePetition(group);
        Fazhi.Modules.Disputes.Petitions.ExtendPetition.ExtendPetitionEndpoint.MapExtendPetition(group);
        Fazhi.Modules.Disputes.Petitions.IssueOpinion.IssueOpinionEndpoint.MapIssueOpinion(group);
        Fazhi.Modules.Disputes.Petitions.ObjectPetition.ObjectPetitionEndpoint.MapObjectPetition(group);
        Fazhi.Modules.Disputes.Petitions.RecordReviewOpinion.RecordReviewOpinionEndpoint.MapRecordReviewOpinion(group);
        Fazhi.Modules.Disputes.Petitions.Register.RegisterPetitionEndpoint.MapRegisterPetition(group);
        Fazhi.Modules.Disputes.Petitions.RequestReview.RequestReviewEndpoint.MapRequestReview(group);
        Fazhi.Modules.Disputes.Petitions.TransferPetition.TransferPetitionEndpoint.MapTransferPetition(group);
        Fazhi.Modules.Disputes.Screening.AssignLeader.AssignLeaderEndpoint.MapAssignLeader(group);
        Fazhi.Modules.Disputes.Screening.EscalateFinding.EscalateFindingEndpoint.MapEscalateFinding(group);
        Fazhi.Modules.Disputes.Screening.RecordRound.RecordRoundEndpoint.MapRecordRound(group);
        Fazhi.Modules.Disputes.Screening.ResolveFinding.ResolveFindingEndpoint.MapResolveFinding(group);
        group.MapMatterReads();
        group.MapRecordReads();
        group.MapWrits();
        Fazhi.Modules.Disputes.Hotline.Keys.IssueHotlineKeyEndpoint.MapIssueHotlineKey(app);
        Fazhi.Modules.Disputes.Hotline.Push.PushTicketEndpoint.MapPushTicket(app);
        return app;
    }
}
