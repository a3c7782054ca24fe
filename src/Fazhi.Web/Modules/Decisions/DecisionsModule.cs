using Fazhi.Modules.Decisions.Archive;
using Fazhi.Modules.Decisions.Catalog;
using Fazhi.Modules.Decisions.CollectiveMatters;
using Fazhi.Modules.Decisions.Contracts;
using Fazhi.Modules.Decisions.Ledger;
using Fazhi.Modules.Decisions.Portal;
using Fazhi.Modules.Decisions.Procedure;
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
        services.AddScoped<DecisionWorkflow>();
        services.AddScoped<CatalogQueries>();
        services.AddScoped<Catalog.AddItem.AddCatalogItemHandler>();
        services.AddScoped<Catalog.Approve.ApproveCatalogHandler>();
        services.AddScoped<CollectiveMatterRegister>();
        services.AddScoped<DecisionArchiveBuilder>();
        services.AddScoped<ArchiveService>();
        services.AddScoped<Fazhi.Platform.Attachments.IAttachmentOwnerGuard, Archive.ClosedArchiveGuard>();
        services.AddScoped<DecisionLedger>();
        services.AddScoped<IDecisionFigures>(sp => sp.GetRequiredService<DecisionLedger>());
        services.AddScoped<IPortalColumnSource, DecisionPortalSource>();
        services.AddScoped<IStartupSeeder, Demo.DecisionsDemoSeeder>();
        services.AddMenuItem(new MenuItem(MenuAreas.Workspace, "重大行政决策", "/workspace/decisions", 30));
        services.AddMenuItem(new MenuItem(MenuAreas.Workspace, "决策事项目录", "/workspace/decisions/catalog", 31));
        services.AddMenuItem(new MenuItem(MenuAreas.Workspace, "“三重一大”事项", "/workspace/decisions/collective-matters", 32));
        return services;
    }

    public static IEndpointRouteBuilder MapDecisionsEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiGroup("/api/workspace/decisions", "重大行政决策");
        group.MapCatalogEndpoints();
        Catalog.AddItem.AddCatalogItemEndpoint.MapAddCatalogItem(group);
        Catalog.Approve.ApproveCatalogEndpoint.MapApproveCatalog(group);
        group.MapCollectiveMatterEndpoints();
        group.MapDecisionEndpoints();
        group.MapArchiveEndpoints();
        group.MapGet("/figures/{year:int}", (int year, IDecisionFigures figures, FazhiDbContext db, CancellationToken ct) =>
            figures.ForYearAsync(db.Tenant.TownshipId!.Value, year, ct)).WithSummary("年度决策数据（供年度报告）");
        group.MapGet("/export.xlsx", async (int? year, DecisionLedger ledger, FazhiDbContext db, CancellationToken ct) =>
            TypedResults.File(await ledger.ExportAsync(db.Tenant.TownshipId!.Value, year, ct),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"重大行政决策台账{year}.xlsx")).WithSummary("导出决策台账");
        return app;
    }
}
