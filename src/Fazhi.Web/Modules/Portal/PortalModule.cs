namespace Fazhi.Modules.Portal;

/// <summary>The public site: the county's townships, each township's home and its columns.</summary>
public static class PortalModule
{
    public static IServiceCollection AddPortal(this IServiceCollection services) => services;

    public static IEndpointRouteBuilder MapPortalEndpoints(this IEndpointRouteBuilder app) => app;
}
