using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Enforcement.Powers;

internal static class PowerEndpoints
{
    internal static void MapPowerEndpoints(this RouteGroupBuilder group)
    {
        group.MapGet("/powers", ListAsync).WithSummary("行政处罚权事项目录");
        // A form post with the user's cookie: it needs the antiforgery token like every form (issue 13 item 8).
        group.MapPost("/powers/import", ImportAsync).WhoMay<PowerCatalogKeptByClerkOrLeader>().ProducesProblem(StatusCodes.Status409Conflict).WithSummary("从 Excel 导入下放目录（逐行报告失败原因；表单须带防伪令牌）");
        group.MapGet("/powers/export.xlsx", ExportAsync).WithSummary("导出事项目录");
    }

    private static async Task<List<PowerResponse>> ListAsync(FazhiDbContext db, string? q, CancellationToken ct)
    {
        var query = db.Set<PowerItem>().AsQueryable();
        if (!string.IsNullOrWhiteSpace(q))
        {
            query = query.Where(p => p.Name.Contains(q) || p.Code.Contains(q));
        }

        return await query.OrderBy(p => p.Code).Take(1000)
            .Select(p => new PowerResponse(p.Id, p.Code, p.Name, p.Category, p.LegalBasis, p.PenaltyKinds, p.FineMin, p.FineMax, p.ActingBody, p.DelegatedFrom, p.EffectiveFrom, p.WithdrawnOn))
            .ToListAsync(ct);
    }

    private static async Task<Results<Ok<ImportReport>, ProblemHttpResult>> ImportAsync(IFormFile? file, PowerCatalog catalog, FazhiDbContext db, HttpContext http, CancellationToken ct)
    {
        if (file is null || file.Length == 0)
        {
            return TypedResults.Problem(title: "请选择要导入的 Excel 文件", statusCode: StatusCodes.Status400BadRequest);
        }

        if (!file.FileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            return TypedResults.Problem(title: "仅支持 .xlsx 格式的 Excel 文件", statusCode: StatusCodes.Status400BadRequest);
        }

        await using var stream = file.OpenReadStream();
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, ct);
        buffer.Position = 0;
        return TypedResults.Ok(await catalog.ImportAsync(http.User.ToActor(), db.Tenant.TownshipId!.Value, buffer, ct));
    }

    private static async Task<FileContentHttpResult> ExportAsync(PowerCatalog catalog, FazhiDbContext db, CancellationToken ct) =>
        TypedResults.File(await catalog.ExportAsync(db.Tenant.TownshipId!.Value, ct), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "行政处罚权事项目录.xlsx");
}

internal sealed record PowerResponse(Guid Id, string Code, string Name, string Category, string LegalBasis, string PenaltyKinds, decimal? FineMin, decimal? FineMax, string ActingBody, string DelegatedFrom,
    DateOnly EffectiveFrom, DateOnly? WithdrawnOn);
