using Fazhi.Platform.Deadlines.Board;
using Fazhi.Platform.Deadlines.Jobs;
using Fazhi.Platform.Web;

namespace Fazhi.Platform.Deadlines;

/// <summary>The deadline engine: one <see cref="IDeadlines"/> for every module, the sweep, and the 待办与预警 boards.</summary>
public static class DeadlinesModule
{
    public static IServiceCollection AddFazhiDeadlines(this IServiceCollection services)
    {
        services.AddScoped<IDeadlines, DeadlineService>();
        services.AddScoped<DeadlineBoard>();
        services.AddScoped<Requests.ExtensionRequestDesk>();
        services.AddScoped<WaitingWork.IWaitingWorkSource, Requests.ExtensionRequestsWaitingWork>();
        services.AddSingleton<DeadlineSweep>();
        services.AddOptions<DeadlineSweepOptions>().BindConfiguration("Fazhi:Deadlines");
        services.AddHostedService<DeadlineSweepService>();
        services.AddMenuItem(new MenuItem(MenuAreas.Workspace, "工作台", "/workspace", 0));
        services.AddMenuItem(new MenuItem(MenuAreas.Workspace, "待办与预警", "/workspace/deadlines", 5));
        services.AddMenuItem(new MenuItem(MenuAreas.County, "期限预警", "/county/deadlines", 5));
        return services;
    }

    public static IEndpointRouteBuilder MapDeadlineEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapApiGroup("/api/workspace/deadlines", "期限").MapDeadlineApi();
        return app;
    }
}
