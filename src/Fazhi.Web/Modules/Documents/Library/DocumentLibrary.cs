using Fazhi.Modules.Documents.Model;
using Fazhi.Modules.Organization;
using Fazhi.Modules.Portal.Contracts;
using Fazhi.Platform.Data;
using Fazhi.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Documents.Library;

internal enum ValidityFilter
{
    Any = 0,
    InForce = 1,
    Invalid = 2,
}

internal sealed record LibraryQuery(string? Search, int? Year, ValidityFilter Validity, bool? Filed = null);

/// <summary>
/// A published document as the library lists it. <c>Validity</c> is the public status (有效, 正在纠正, 已停止执行,
/// 已撤销 or 失效（…）), <c>InForce</c> true only for 有效, and <c>Note</c> says since when (e.g. 自2026年8月14日起失效).
/// </summary>
internal sealed record LibraryRow(Guid Id, string Title, string DocumentNumber, DateOnly PublishedOn, DateOnly? WrittenOn, string Validity, DateOnly? InvalidSince, bool InForce, string? Note);

/// <summary>
/// The public library of published documents. Only <see cref="PublicQueries.Published{T}"/> is used, and only the published
/// copy of the text: drafts, opinions and minutes live in other tables the portal never reads. Search is a plain
/// substring match over title and published text (no Chinese word segmentation is available here; see README).
/// </summary>
internal sealed class DocumentLibrary(FazhiDbContext db, TimeProvider clock)
{
    public async Task<(IReadOnlyList<LibraryRow> Rows, int Total)> SearchAsync(Guid townshipId, LibraryQuery query, int skip, int take, CancellationToken ct)
    {
        var today = clock.Today();
        var q = db.Published<NormativeDocument>().AsNoTracking().Where(d => d.TownshipId == townshipId);
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var s = query.Search.Trim();
            q = q.Where(d => d.PublishedTitle!.Contains(s) || d.PublishedBody!.Contains(s) || d.DocumentNumber!.Contains(s));
        }

        if (query.Year is { } year)
        {
            q = q.Where(d => d.NumberYear == year);
        }

        // A document under a county correction order is not listed as 有效 (it is 正在纠正 or 已停止执行).
        var corrected = db.Published<CorrectionOrder>().Where(c => c.State == CorrectionState.Ordered || c.State == CorrectionState.Suspended).Select(c => c.DocumentId);
        q = query.Validity switch
        {
            ValidityFilter.InForce => q.Where(NormativeDocument.InForceOn(today)).Where(d => !corrected.Contains(d.Id)),
            ValidityFilter.Invalid => q.Where(NormativeDocument.NotInForceOn(today)),
            ValidityFilter.Any => q,
            _ => q,
        };
        if (query.Filed is { } filed)
        {
            q = filed ? q.Where(d => d.Status == DocumentStatus.Filed) : q.Where(d => d.Status != DocumentStatus.Filed);
        }

        var total = await q.CountAsync(ct);
        var docs = await q.OrderByDescending(d => d.FirstPublishedOn).ThenByDescending(d => d.NumberSequence).Skip(skip).Take(take).ToListAsync(ct);
        var corrections = await OpenCorrectionsAsync(docs.Select(d => d.Id).ToList(), ct);
        return (docs.Select(d =>
        {
            var status = PublicStatus.Of(d, corrections.GetValueOrDefault(d.Id), today);
            return new LibraryRow(d.Id, d.PublishedTitle!, d.DocumentNumber!, d.FirstPublishedOn!.Value, d.WrittenOn,
                status.Label, d.InvalidSinceOn(today), status.InForce, status.Note);
        }).ToList(), total);
    }

    public Task<NormativeDocument?> FindAsync(Guid townshipId, Guid id, CancellationToken ct) =>
        db.Published<NormativeDocument>().AsNoTracking().SingleOrDefaultAsync(d => d.Id == id && d.TownshipId == townshipId, ct);

    /// <summary>The public status of one published document, county correction orders included.</summary>
    public async Task<PublicStatus> StatusAsync(NormativeDocument document, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(document);
        var corrections = await OpenCorrectionsAsync([document.Id], ct);
        return PublicStatus.Of(document, corrections.GetValueOrDefault(document.Id), clock.Today());
    }

    private async Task<Dictionary<Guid, CorrectionOrder>> OpenCorrectionsAsync(List<Guid> documentIds, CancellationToken ct) =>
        (await db.Published<CorrectionOrder>().AsNoTracking()
            .Where(c => documentIds.Contains(c.DocumentId) && (c.State == CorrectionState.Ordered || c.State == CorrectionState.Suspended))
            .ToListAsync(ct))
        .GroupBy(c => c.DocumentId).ToDictionary(g => g.Key, g => g.OrderByDescending(c => c.OrderedOn).First());

    public Task<Township?> TownshipAsync(string code, CancellationToken ct) =>
        db.Set<Township>().AsNoTracking().SingleOrDefaultAsync(t => t.DivisionCode == code, ct);
}

/// <summary>Fills the 规范性文件 column of the township portal and the site search.</summary>
internal sealed class DocumentsColumnSource(DocumentLibrary library, FazhiDbContext db) : IPortalColumnSource
{
    public PortalColumn Column => PortalColumn.NormativeDocuments;

    public async Task<PortalPage> ListAsync(Guid townshipId, string? search, int skip, int take, CancellationToken cancellationToken)
    {
        var code = await db.Set<Township>().Where(t => t.Id == townshipId).Select(t => t.DivisionCode).SingleAsync(cancellationToken);
        var (rows, total) = await library.SearchAsync(townshipId, new LibraryQuery(search, null, ValidityFilter.Any), skip, take, cancellationToken);
        return new PortalPage(rows.Select(r => new PortalEntry($"{r.Title}（{r.DocumentNumber}）", $"/t/{code}/documents/{r.Id}", r.PublishedOn, r.Validity)).ToList(), total);
    }
}
