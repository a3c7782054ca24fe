using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Microsoft.AspNetCore.Identity;

namespace Fazhi.Modules.Organization.Demo;

/// <summary>The six roles exist in every installation.</summary>
internal sealed class RoleSeeder : IStartupSeeder
{
    public int Order => 0;

    public bool IsDemoData => false;

    public async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var roles = services.GetRequiredService<RoleManager<IdentityRole<Guid>>>();
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole<Guid>(role));
            }
        }
    }
}
