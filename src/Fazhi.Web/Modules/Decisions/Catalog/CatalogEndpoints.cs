using Fazhi.Modules.Decisions.Model;
using Fazhi.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Decisions.Catalog;

/// <summary>决策事项目录 (第3条第3款): reading one year's list; its steps are the folders beside this file.</summary>
internal sealed class CatalogQueries(FazhiDbContext db)
{
    public Task<DecisionCatalog?> FindAsync(Guid townshipId, int year, CancellationToken ct) =>
        db.Set<DecisionCatalog>().SingleOrDefaultAsync(c => c.TownshipId == townshipId && c.Year == year, ct);

    /// <summary>The decision started for each catalogue item, if any, with its stage.</summary>
    public async Task<Dictionary<Guid, (Guid Id, DecisionStage Stage)>> ProgressAsync(DecisionCatalog? catalog, CancellationToken ct)
    {
        var itemIds = catalog?.Items.Select(i => i.Id).ToList() ?? [];
        var started = await db.Set<MajorDecision>().IgnoreAutoIncludes().Where(d => d.CatalogItemId != null && itemIds.Contains(d.CatalogItemId.Value))
            .Select(d => new { Item = d.CatalogItemId!.Value, d.Id, d.Stage }).ToListAsync(ct);
        return started.GroupBy(x => x.Item).ToDictionary(g => g.Key, g => (g.First().Id, g.First().Stage));
    }
}

internal static class CatalogEndpoints
{
    internal static void MapCatalogEndpoints(this RouteGroupBuilder group) =>
        group.MapGet("/catalogs/{year:int}", async (int year, CatalogQueries catalogs, FazhiDbContext db, CancellationToken ct) =>
            await catalogs.FindAsync(db.Tenant.TownshipId!.Value, year, ct) is { } c ? Results.Ok(CatalogResponse.From(c)) : Results.NotFound()).WithSummary("年度决策事项目录");
}

internal sealed record CatalogItemResponse(Guid Id, int Order, string Title, DecisionCategory Category, string Owner, string PlannedSteps, DateOnly? PlannedDecisionOn,
    bool HearingPlanned, bool AddedAfterApproval, string? AdditionReason);

internal sealed record CatalogResponse(Guid Id, int Year, DateOnly? ApprovedOn, string? ApprovalReference, IReadOnlyList<CatalogItemResponse> Items)
{
    public static CatalogResponse From(DecisionCatalog c) => new(c.Id, c.Year, c.ApprovedOn, c.ApprovalReference,
        c.Items.OrderBy(i => i.Order).Select(i => new CatalogItemResponse(i.Id, i.Order, i.Title, i.Category, i.Owner, i.PlannedSteps, i.PlannedDecisionOn,
            i.HearingPlanned, i.AddedAfterApproval, i.AdditionReason)).ToList());
}
