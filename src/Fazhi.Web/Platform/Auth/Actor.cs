using System.Security.Claims;

namespace Fazhi.Platform.Auth;

/// <summary>
/// The person taking a step: who they are, where they work and which roles they hold. Step handlers receive it from
/// the page or the endpoint alike, so a permission rule reads the same facts whichever surface was used.
/// </summary>
public sealed record Actor(Guid? UserId, string UserName, string Name, Guid? TownshipId, Guid? CountyId, IReadOnlySet<string> Roles)
{
    /// <summary>Background work and the demo seeders acting for the platform itself.</summary>
    public static Actor System { get; } = new(null, "system", "系统", null, null, new HashSet<string>(StringComparer.Ordinal));

    public bool IsIn(string role) => Roles.Contains(role);

    /// <summary>An actor holding <paramref name="roles"/>, for services acting on a named person's behalf (demo seeders, imports).</summary>
    public static Actor For(string userName, string name, Guid? townshipId, params string[] roles) =>
        new(null, userName, name, townshipId, null, new HashSet<string>(roles, StringComparer.Ordinal));
}

public static class ActorClaims
{
    /// <summary>The signed-in user as an <see cref="Actor"/>; an anonymous visitor has no roles.</summary>
    public static Actor ToActor(this ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var userName = user.Identity?.IsAuthenticated == true ? user.Identity.Name ?? "" : "";
        return new Actor(
            Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null,
            userName,
            user.FindFirstValue(FazhiClaims.DisplayName) ?? userName,
            Guid.TryParse(user.FindFirstValue(FazhiClaims.TownshipId), out var township) ? township : null,
            Guid.TryParse(user.FindFirstValue(FazhiClaims.CountyId), out var county) ? county : null,
            user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToHashSet(StringComparer.Ordinal));
    }
}
