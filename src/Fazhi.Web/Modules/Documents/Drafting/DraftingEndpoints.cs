using Fazhi.Modules.Documents.Model;
using Fazhi.Modules.Documents.Record;
using Fazhi.Platform.Attachments;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Deadlines;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Documents.Drafting;

internal sealed record DocumentCreated(Guid Id, int Version);

internal sealed record DocumentListRow(Guid Id, string Title, string Status, string? DocumentNumber, int CurrentVersion, DateOnly? PublishedOn);

internal sealed record VersionText(int Number, string Title, string Body, string Explanation, string SavedBy, DateTimeOffset SavedAt);

internal static class DraftingEndpoints
{
    internal static void MapDrafting(this RouteGroupBuilder group)
    {
        group.MapGet("/", ListAsync).WithSummary("本乡镇的规范性文件");
        group.MapPost("/", CreateAsync).WhoMay<DocumentsDraftedByClerkOrLeader>().ProducesValidationProblem().WithSummary("起草新文件（第1稿）");
        group.MapGet("/{id:guid}", GetAsync).WithSummary("文件记录：版本、审核、审议、签发、公布、备案、期限、留痕");
        group.MapPost("/{id:guid}/versions", SaveVersionAsync).WhoMay<DocumentsDraftedByClerkOrLeader>().ProducesProblem(StatusCodes.Status409Conflict).WithSummary("保存新版本（签发后不得修改）");
        group.MapGet("/{id:guid}/versions/{number:int}", VersionAsync).WithSummary("某一版本的全文");
        group.MapGet("/{id:guid}/compare", CompareAsync).WithSummary("比较两个版本（增删标注）");
    }

    private static async Task<Ok<List<DocumentListRow>>> ListAsync(FazhiDbContext db, CancellationToken ct)
    {
        var rows = await db.Set<NormativeDocument>().OrderByDescending(d => d.CreatedAt)
            .Select(d => new { d.Id, d.Title, d.Status, d.DocumentNumber, d.CurrentVersion, d.PublishedOn }).ToListAsync(ct);
        return TypedResults.Ok(rows.Select(d => new DocumentListRow(d.Id, d.Title, DocumentLabels.Of(d.Status), d.DocumentNumber, d.CurrentVersion, d.PublishedOn)).ToList());
    }

    private static async Task<Created<DocumentCreated>> CreateAsync(DraftRequest request, DraftingHandler handler, FazhiDbContext db, HttpContext http, CancellationToken ct)
    {
        var document = await handler.CreateAsync(db.Tenant.TownshipId!.Value, request, http.User.ToActor(), ct);
        return TypedResults.Created($"/api/workspace/documents/{document.Id}", new DocumentCreated(document.Id, document.CurrentVersion));
    }

    private static async Task<Results<Ok<DocumentDetail>, NotFound>> GetAsync(Guid id, FazhiDbContext db, IDeadlines deadlines, IAttachments attachments, TimeProvider clock, CancellationToken ct) =>
        await DocumentDetail.LoadAsync(db, deadlines, attachments, id, clock.Today(), ct) is { } detail ? TypedResults.Ok(detail) : TypedResults.NotFound();

    private static async Task<Results<Ok<DocumentCreated>, NotFound>> SaveVersionAsync(Guid id, DraftRequest request, DraftingHandler handler, HttpContext http, CancellationToken ct) =>
        await handler.SaveVersionAsync(id, request, http.User.ToActor(), ct) is { } d ? TypedResults.Ok(new DocumentCreated(d.Id, d.CurrentVersion)) : TypedResults.NotFound();

    private static async Task<Results<Ok<VersionText>, NotFound>> VersionAsync(Guid id, int number, FazhiDbContext db, CancellationToken ct)
    {
        var v = await db.Set<DocumentVersion>().SingleOrDefaultAsync(v => v.DocumentId == id && v.Number == number, ct);
        return v is null ? TypedResults.NotFound() : TypedResults.Ok(new VersionText(v.Number, v.Title, v.Body, v.Explanation, v.SavedBy, v.SavedAt));
    }

    private static async Task<Results<Ok<IReadOnlyList<DiffLine>>, NotFound>> CompareAsync(Guid id, int from, int to, FazhiDbContext db, CancellationToken ct)
    {
        var versions = await db.Set<DocumentVersion>().Where(v => v.DocumentId == id && (v.Number == from || v.Number == to)).ToListAsync(ct);
        var a = versions.FirstOrDefault(v => v.Number == from);
        var b = versions.FirstOrDefault(v => v.Number == to);
        return a is null || b is null ? TypedResults.NotFound() : TypedResults.Ok(TextDiff.Compare(a.Title + "\n" + a.Body, b.Title + "\n" + b.Body));
    }
}
