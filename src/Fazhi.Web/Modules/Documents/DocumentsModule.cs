using Fazhi.Modules.Documents.Cleanup;
using Fazhi.Modules.Documents.Contracts;
using Fazhi.Modules.Documents.Deliberation;
using Fazhi.Modules.Documents.Drafting;
using Fazhi.Modules.Documents.Evaluation;
using Fazhi.Modules.Documents.Filing;
using Fazhi.Modules.Documents.FilingReview;
using Fazhi.Modules.Documents.LegalityReview;
using Fazhi.Modules.Documents.Ledger;
using Fazhi.Modules.Documents.Library;
using Fazhi.Modules.Documents.PublicComment;
using Fazhi.Modules.Documents.Publication;
using Fazhi.Modules.Documents.Registration;
using Fazhi.Modules.Portal.Contracts;
using Fazhi.Platform.Web;

namespace Fazhi.Modules.Documents;

/// <summary>行政规范性文件: drafting to filing, cleanup and evaluation (国办发〔2018〕37号, 115号).</summary>
public static class DocumentsModule
{
    public static IServiceCollection AddDocuments(this IServiceCollection services)
    {
        services.AddOptions<DocumentsOptions>().BindConfiguration(DocumentsOptions.Section);
        services.AddScoped<DraftingHandler>();
        services.AddScoped<PublicCommentHandler>();
        services.AddScoped<LegalityReviewHandler>();
        services.AddScoped<DeliberationHandler>();
        services.AddScoped<RegistrationHandler>();
        services.AddScoped<PublicationHandler>();
        services.AddScoped<FilingHandler>();
        services.AddScoped<FilingReviewHandler>();
        services.AddScoped<CleanupHandler>();
        services.AddScoped<EvaluationHandler>();
        services.AddScoped<DocumentLibrary>();
        services.AddScoped<Platform.Attachments.IAttachmentOwnerGuard, DocumentAttachmentGuard>();
        services.AddScoped<IPortalColumnSource, DocumentsColumnSource>();
        services.AddScoped<IDocumentFigures, DocumentFiguresQuery>();
        services.AddScoped<Platform.WaitingWork.IWaitingWorkSource, Contracts.DocumentsWaitingWork>();
        services.AddScoped<Platform.Data.IStartupSeeder, Demo.DocumentsDemoSeeder>();
        services.AddDocumentDisplayLabels();
        services.AddMenuItem(new MenuItem(MenuAreas.Workspace, "规范性文件", "/workspace/documents", 20));
        services.AddMenuItem(new MenuItem(MenuAreas.Workspace, "规范性文件清理", "/workspace/documents/cleanups", 21));
        services.AddMenuItem(new MenuItem(MenuAreas.County, "规范性文件备案审查", "/county/filings", 20));
        return services;
    }

    public static IEndpointRouteBuilder MapDocumentsEndpoints(this IEndpointRouteBuilder app)
    {
        var workspace = app.MapApiGroup("/api/workspace/documents", "规范性文件");
        workspace.MapDrafting();
        workspace.MapPublicComment();
        workspace.MapLegalityReview();
        workspace.MapDeliberation();
        workspace.MapRegistration();
        workspace.MapPublication();
        workspace.MapFiling();
        workspace.MapCleanup();
        workspace.MapEvaluation();
        workspace.MapLedger();
        app.MapApiGroup("/api/county/filings", "规范性文件备案审查").MapFilingReview();
        app.MapApiGroup("/api/portal", "规范性文件库").MapLibrary();
        return app;
    }
}
