using System.ComponentModel.DataAnnotations;
using Fazhi.Modules.Decisions.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Decisions.Catalog;

/// <summary>决策事项目录 (第3条第3款): the year's list, its approval and additions during the year.</summary>
internal sealed class CatalogService(FazhiDbContext db, TimeProvider clock)
{
    public DateOnly Today => Platform.Time.ChinaTime.Today(clock);

    public Task<DecisionCatalog?> FindAsync(Guid townshipId, int year, CancellationToken ct) =>
        db.Set<DecisionCatalog>().SingleOrDefaultAsync(c => c.TownshipId == townshipId && c.Year == year, ct);

    public async Task<DecisionCatalog> GetOrCreateAsync(Guid townshipId, int year, CancellationToken ct)
    {
        var catalog = await FindAsync(townshipId, year, ct);
        if (catalog is null)
        {
            catalog = new DecisionCatalog { TownshipId = townshipId, Year = year };
            db.Add(catalog);
        }

        return catalog;
    }

    public async Task<CatalogItem> AddItemAsync(Guid townshipId, int year, CatalogItemRequest r, CancellationToken ct)
    {
        var catalog = await GetOrCreateAsync(townshipId, year, ct);
        var item = catalog.AddItem(r.Title, r.Category, r.Owner, r.PlannedSteps, r.PlannedDecisionOn, r.HearingPlanned, r.AdditionReason, r.AddedOn ?? Today);
        await db.SaveChangesAsync(ct);
        return item;
    }

    public async Task<DecisionCatalog?> ApproveAsync(Guid townshipId, int year, string reference, DateOnly? on, CancellationToken ct)
    {
        var catalog = await FindAsync(townshipId, year, ct);
        if (catalog is null)
        {
            return null;
        }

        catalog.Approve(on ?? Today, reference);
        await db.SaveChangesAsync(ct);
        return catalog;
    }
}

internal static class CatalogEndpoints
{
    internal static void MapCatalogEndpoints(this RouteGroupBuilder group)
    {
        group.MapGet("/catalogs/{year:int}", async (int year, CatalogService s, FazhiDbContext db, CancellationToken ct) =>
            await s.FindAsync(db.Tenant.TownshipId!.Value, year, ct) is { } c ? Results.Ok(CatalogResponse.From(c)) : Results.NotFound()).WithSummary("年度决策事项目录");
        group.MapPost("/catalogs/{year:int}/items", async (int year, CatalogItemRequest r, CatalogService s, FazhiDbContext db, CancellationToken ct) =>
        {
            await s.AddItemAsync(db.Tenant.TownshipId!.Value, year, r, ct);
            return TypedResults.Ok(CatalogResponse.From((await s.FindAsync(db.Tenant.TownshipId!.Value, year, ct))!));
        }).ProducesProblem(StatusCodes.Status409Conflict).WithSummary("列入或增补决策事项（目录公布后须说明理由）");
        group.MapPost("/catalogs/{year:int}/approval", async Task<Results<Ok<CatalogResponse>, NotFound>> (int year, CatalogApprovalRequest r, CatalogService s, FazhiDbContext db, CancellationToken ct) =>
            await s.ApproveAsync(db.Tenant.TownshipId!.Value, year, r.Reference, r.On, ct) is { } c ? TypedResults.Ok(CatalogResponse.From(c)) : TypedResults.NotFound())
            .RequireAuthorization(p => p.RequireRole(Roles.Leader, Roles.LegalClerk)).ProducesProblem(StatusCodes.Status409Conflict).WithSummary("经同级党委同意后公布目录");
    }
}

public sealed record CatalogItemRequest(
    [property: Required(ErrorMessage = "请填写决策事项名称"), MaxLength(200, ErrorMessage = "名称不超过 200 字")] string Title,
    DecisionCategory Category,
    [property: Required(ErrorMessage = "请填写承办单位"), MaxLength(100, ErrorMessage = "承办单位不超过 100 字")] string Owner,
    [property: Required(ErrorMessage = "请填写拟履行的程序"), MaxLength(500, ErrorMessage = "程序不超过 500 字")] string PlannedSteps,
    DateOnly? PlannedDecisionOn,
    bool HearingPlanned,
    [property: MaxLength(1000, ErrorMessage = "增补理由不超过 1000 字")] string? AdditionReason,
    DateOnly? AddedOn);

public sealed record CatalogApprovalRequest(
    [property: Required(ErrorMessage = "请填写党委同意的会议或文件"), MaxLength(200, ErrorMessage = "不超过 200 字")] string Reference,
    DateOnly? On);

internal sealed record CatalogItemResponse(Guid Id, int Order, string Title, DecisionCategory Category, string Owner, string PlannedSteps, DateOnly? PlannedDecisionOn,
    bool HearingPlanned, bool AddedAfterApproval, string? AdditionReason);

internal sealed record CatalogResponse(Guid Id, int Year, DateOnly? ApprovedOn, string? ApprovalReference, IReadOnlyList<CatalogItemResponse> Items)
{
    public static CatalogResponse From(DecisionCatalog c) => new(c.Id, c.Year, c.ApprovedOn, c.ApprovalReference,
        c.Items.OrderBy(i => i.Order).Select(i => new CatalogItemResponse(i.Id, i.Order, i.Title, i.Category, i.Owner, i.PlannedSteps, i.PlannedDecisionOn,
            i.HearingPlanned, i.AddedAfterApproval, i.AdditionReason)).ToList());
}
