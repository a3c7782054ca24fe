using Fazhi.Modules.Documents.Drafting;
using Fazhi.Modules.Documents.Model;
using Fazhi.Platform.Attachments;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Fazhi.Modules.Documents.Library;

internal sealed record PublicDocument(Guid Id, string Title, string DocumentNumber, string IndexNumber, string Publisher, DateOnly? WrittenOn, DateOnly PublishedOn, string DisclosureMode, DateOnly? EffectiveFrom, DateOnly? ValidUntil, string Validity, DateOnly? InvalidSince, string? StatusNote, string Body,
    IReadOnlyList<PublicAttachment> Attachments);

internal sealed record PublicAttachment(string FileName, string Purpose, long Size, string Sha256, string DownloadUrl);

/// <summary>The public read API of the library (/api/portal/…): the same published data as the portal pages.</summary>
internal static class LibraryEndpoints
{
    internal static void MapLibrary(this RouteGroupBuilder group)
    {
        group.MapGet("/{code}/documents", ListAsync).WithSummary("已公布的规范性文件（标题、全文关键词，按年份、有效性筛选）");
        group.MapGet("/{code}/documents/{id:guid}", GetAsync).WithSummary("已公布文件的公开信息、全文与附件");
    }

    private static async Task<Results<Ok<IReadOnlyList<LibraryRow>>, NotFound>> ListAsync(string code, string? q, int? year, ValidityFilter? validity, DocumentLibrary library, CancellationToken ct)
    {
        var township = await library.TownshipAsync(code, ct);
        if (township is null)
        {
            return TypedResults.NotFound();
        }

        var (rows, _) = await library.SearchAsync(township.Id, new LibraryQuery(q, year, validity ?? ValidityFilter.Any), 0, 200, ct);
        return TypedResults.Ok(rows);
    }

    private static async Task<Results<Ok<PublicDocument>, NotFound>> GetAsync(string code, Guid id, DocumentLibrary library, IAttachments attachments, TimeProvider clock, CancellationToken ct)
    {
        var township = await library.TownshipAsync(code, ct);
        var d = township is null ? null : await library.FindAsync(township.Id, id, ct);
        if (d is null)
        {
            return TypedResults.NotFound();
        }

        var today = clock.Today();
        var status = await library.StatusAsync(d, ct);
        var files = await attachments.PublishedForOwnerAsync(DocumentAttachmentGuard.OwnerType, d.Id, ct);
        return TypedResults.Ok(new PublicDocument(d.Id, d.PublishedTitle!, d.DocumentNumber!, d.IndexNumber!, d.Publisher!, d.WrittenOn, d.FirstPublishedOn!.Value, d.DisclosureMode!,
            d.EffectiveFrom, d.ValidUntil, status.Label, d.InvalidSinceOn(today), status.Note, d.PublishedBody!,
            [.. files.Select(f => new PublicAttachment(f.FileName, f.Purpose, f.Size, f.Sha256, f.DownloadUrl))]));
    }
}
