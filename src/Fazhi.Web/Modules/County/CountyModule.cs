using Fazhi.Platform.Web;

namespace Fazhi.Modules.County;

/// <summary>The county console: the county office sees its townships side by side and acts in county steps.</summary>
public static class CountyModule
{
    public static IServiceCollection AddCounty(this IServiceCollection services)
    {
        services.AddMemoryCache();
        services.AddScoped<Figures.CountyFigures>();
        services.AddMenuItem(new MenuItem(MenuAreas.County, "督察首页", "/county", 0));
        services.AddMenuItem(new MenuItem(MenuAreas.County, "法治政府建设年度报告", "/county/reports", 30));
        return services;
    }

    public static IEndpointRouteBuilder MapCountyEndpoints(this IEndpointRouteBuilder app) => app;
}
