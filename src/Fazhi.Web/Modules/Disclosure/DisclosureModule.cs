using Fazhi.Modules.Disclosure.Catalogue;
using Fazhi.Modules.Disclosure.Catalogue.AddEntry;
using Fazhi.Modules.Disclosure.Catalogue.EditGuide;
using Fazhi.Modules.Disclosure.Catalogue.PublishEntry;
using Fazhi.Modules.Disclosure.Figures;
using Fazhi.Modules.Disclosure.Requests;
using Fazhi.Modules.Disclosure.Requests.Apply;
using Fazhi.Modules.Disclosure.Requests.Close;
using Fazhi.Modules.Disclosure.Requests.ConfirmReceipt;
using Fazhi.Modules.Disclosure.Requests.ConsultThirdParty;
using Fazhi.Modules.Disclosure.Requests.EndConsultation;
using Fazhi.Modules.Disclosure.Requests.Extend;
using Fazhi.Modules.Disclosure.Requests.Ledger;
using Fazhi.Modules.Disclosure.Requests.Record;
using Fazhi.Modules.Disclosure.Requests.RecordCorrection;
using Fazhi.Modules.Disclosure.Requests.Register;
using Fazhi.Modules.Disclosure.Requests.Reply;
using Fazhi.Modules.Disclosure.Requests.RequestCorrection;
using Fazhi.Modules.Portal.Contracts;
using Fazhi.Modules.Reports.Contracts;
using Fazhi.Platform.Data;
using Fazhi.Platform.Web;

namespace Fazhi.Modules.Disclosure;

/// <summary>政务公开: 主动公开目录和指南 (第12、20–26条), 依申请公开 (第27–45条) and the township's disclosure figures.</summary>
public static class DisclosureModule
{
    public static IServiceCollection AddDisclosure(this IServiceCollection services)
    {
        services.AddOptions<DisclosureOptions>().BindConfiguration(DisclosureOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(new Fazhi.Modules.Portal.Contracts.PortalService("政府信息公开申请",
            "申请获取本乡镇未主动公开的政府信息（《政府信息公开条例》第二十七条），自收到申请之日起20个工作日内答复。",
            "disclosure/apply", "disclosure/status", 30, Fazhi.Modules.Portal.Contracts.PortalColumn.Disclosure));
        services.AddScoped<RequestDesk>();
        services.AddScoped<ApplyHandler>();
        services.AddScoped<RegisterHandler>();
        services.AddScoped<ConfirmReceiptHandler>();
        services.AddScoped<RequestCorrectionHandler>();
        services.AddScoped<RecordCorrectionHandler>();
        services.AddScoped<ConsultThirdPartyHandler>();
        services.AddScoped<EndConsultationHandler>();
        services.AddScoped<ExtendHandler>();
        services.AddScoped<ReplyHandler>();
        services.AddScoped<CloseHandler>();
        services.AddScoped<RequestLedger>();
        services.AddScoped<ReplyLetters>();
        services.AddScoped<CatalogueDesk>();
        services.AddScoped<AddEntryHandler>();
        services.AddScoped<PublishEntryHandler>();
        services.AddScoped<EditGuideHandler>();
        services.AddScoped<CatalogueLedger>();
        services.AddScoped<Contracts.IDisclosureCatalogue, CatalogueFiler>();
        services.AddScoped<IPortalColumnSource, Portal.DisclosureColumnSource>();
        services.AddScoped<DisclosureFiguresQuery>();
        services.AddScoped<AnnualReport.DisclosureAnnualQuery>();
        services.AddScoped<AnnualReport.DisclosureReportDesk>();
        services.AddScoped<AnnualReport.Approve.ApproveReportHandler>();
        services.AddScoped<AnnualReport.Publish.PublishReportHandler>();
        services.AddScoped<Fazhi.Platform.Deadlines.ICalendarDeadlineSource, AnnualReport.DisclosureReportDeadlineSource>();
        services.AddScoped<IIndicatorSource, DisclosureIndicatorSource>();
        services.AddScoped<Platform.WaitingWork.IWaitingWorkSource, Contracts.DisclosureWaitingWork>();
        services.AddScoped<IStartupSeeder, Demo.DisclosureDemoSeeder>();
        services.AddDisclosureDisplayLabels();
        services.AddMenuItem(new MenuItem(MenuAreas.Workspace, "依申请公开", "/workspace/disclosure/requests", 40));
        services.AddMenuItem(new MenuItem(MenuAreas.Workspace, "政府信息公开目录", "/workspace/disclosure/catalogue", 41));
        services.AddMenuItem(new MenuItem(MenuAreas.Workspace, "政府信息公开年度报告", "/workspace/disclosure/annual-report", 42));
        services.AddMenuItem(new MenuItem(MenuAreas.County, "政府信息公开年度报告", "/county/disclosure/annual-reports", 42));
        return services;
    }

    public static IEndpointRouteBuilder MapDisclosureEndpoints(this IEndpointRouteBuilder app)
    {
        var workspace = app.MapApiGroup("/api/workspace/disclosure", "政务公开");
        workspace.MapRequestRecord();
        workspace.MapRegister();
        workspace.MapConfirmReceipt();
        workspace.MapRequestCorrection();
        workspace.MapRecordCorrection();
        workspace.MapConsultThirdParty();
        workspace.MapEndConsultation();
        workspace.MapExtend();
        workspace.MapReply();
        workspace.MapClose();
        workspace.MapAddEntry();
        workspace.MapPublishEntry();
        workspace.MapEditGuide();
        AnnualReport.Approve.ApproveReportEndpoint.MapApproveReport(workspace);
        AnnualReport.Publish.PublishReportEndpoint.MapPublishReport(workspace);
        return app;
    }
}
