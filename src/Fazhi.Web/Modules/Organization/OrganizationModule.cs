using Fazhi.Modules.Organization.Demo;
using Fazhi.Modules.Organization.ListTownships;
using Fazhi.Modules.Organization.ManageVillages;
using Fazhi.Platform.Data;
using Fazhi.Platform.Web;

namespace Fazhi.Modules.Organization;

/// <summary>Counties, townships, villages, offices and the people who sign in.</summary>
public static class OrganizationModule
{
    public static IServiceCollection AddOrganization(this IServiceCollection services)
    {
        services.AddScoped<ManageTownships.TownshipRegistration>();
        services.AddScoped<ManageUsers.UserAdministration>();
        services.AddScoped<IStartupSeeder, RoleSeeder>();
        services.AddScoped<IStartupSeeder, DemoOrganizationSeeder>();
        services.AddOrganizationDisplayLabels();
        services.AddMenuItem(new MenuItem(MenuAreas.Admin, "管理首页", "/admin", 0));
        services.AddMenuItem(new MenuItem(MenuAreas.Admin, "用户与角色", "/admin/users", 10));
        services.AddMenuItem(new MenuItem(MenuAreas.Admin, "县与乡镇", "/admin/townships", 20));
        return services;
    }

    public static IEndpointRouteBuilder MapOrganizationEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapApiGroup("/api/townships", "组织机构").MapListTownships();
        app.MapApiGroup("/api/workspace/villages", "组织机构").MapVillages();
        return app;
    }
}
