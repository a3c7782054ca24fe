using Fazhi.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Organization.ListTownships;

internal static class ListTownshipsEndpoint
{
    /// <summary>The public list of townships: names and division codes are public facts.</summary>
    internal static void MapListTownships(this RouteGroupBuilder group) =>
        group.MapGet("/", HandleAsync).AllowAnonymous().WithSummary("列出所有乡镇（公开）");

    private static async Task<List<TownshipResponse>> HandleAsync(FazhiDbContext db, CancellationToken ct) =>
        await db.Set<Township>()
            .OrderBy(t => t.DivisionCode)
            .Select(t => new TownshipResponse(t.Id, t.DivisionCode, t.Name, Township.KindLabel(t.Kind), t.County!.Name, t.GovernmentName))
            .ToListAsync(ct);
}

internal sealed record TownshipResponse(Guid Id, string DivisionCode, string Name, string Kind, string County, string GovernmentName);
