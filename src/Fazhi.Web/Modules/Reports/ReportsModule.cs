using Fazhi.Modules.Portal.Contracts;
using Fazhi.Modules.Reports.Contracts;
using Fazhi.Modules.Reports.Drafting;
using Fazhi.Modules.Reports.Indicators;
using Fazhi.Modules.Reports.Pdf;
using Fazhi.Modules.Reports.Publication;
using Fazhi.Platform.Data;
using Fazhi.Platform.Web;

namespace Fazhi.Modules.Reports;

/// <summary>
/// 法治政府建设年度报告: drafted from every module's figures (the indicator registry), revised in versions, approved by
/// a leader, laid out per GB/T 9704-2012, converted to PDF, published on the portal and reported to the county.
/// </summary>
public static class ReportsModule
{
    public static IServiceCollection AddReports(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PdfEngineOptions>().Bind(configuration.GetSection("Fazhi:Reports:Pdf"));
        services.AddSingleton<PdfEngine>();
        services.AddSingleton<PagePreviews>();
        services.AddReportDisplayLabels();
        services.AddScoped<ReportWorkflow>();
        services.AddScoped<RequiredIndicatorCheck>();
        services.AddScoped<Contracts.StampedIndicators>();
        services.AddScoped<Platform.WaitingWork.IWaitingWorkSource, Contracts.ReportsWaitingWork>();
        services.AddOptions<ReportsOptions>().Bind(configuration.GetSection("Fazhi:Reports"));
        services.AddSingleton<MissingPdfMaker>();
        services.AddHostedService<MissingPdfService>();
        services.AddScoped<Platform.Deadlines.ICalendarDeadlineSource, AnnualReportDeadlineSource>();
        // The indicator registry: each module's figures contract, adapted here; later modules add their own source.
        services.AddScoped<IIndicatorSource, DocumentIndicatorSource>();
        services.AddScoped<IIndicatorSource, EnforcementIndicatorSource>();
        services.AddScoped<IIndicatorSource, DecisionIndicatorSource>();
        services.AddScoped<IShortcomingSource, RecordShortcomingSource>();
        services.AddScoped<IAnnualReportSummaries, ReportSummaries>();
        services.AddScoped<IPortalColumnSource, ReportPortalSource>();
        services.AddScoped<IStartupSeeder, Demo.ReportDemoSeeder>();
        services.AddMenuItem(new MenuItem(MenuAreas.Workspace, "法治政府建设年度报告", "/workspace/reports", 80));
        return services;
    }

    public static IEndpointRouteBuilder MapReportEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapApiGroup("/api/workspace/reports", "法治政府建设年度报告").MapReportDraft();
        return app;
    }
}
