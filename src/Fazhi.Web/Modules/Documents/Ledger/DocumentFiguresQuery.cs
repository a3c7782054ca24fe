using Fazhi.Modules.Documents.Contracts;
using Fazhi.Modules.Documents.Model;
using Fazhi.Platform.Data;
using Fazhi.Platform.Time;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Documents.Ledger;

/// <summary>
/// Counts the records of a set of townships and a year with three grouped queries whatever the number of townships
/// (ADR 0020); the tenant filter applies (a township sees its own, the county its townships).
/// </summary>
internal sealed class DocumentFiguresQuery(FazhiDbContext db) : IDocumentFigures
{
    public async Task<IReadOnlyDictionary<Guid, DocumentFigures>> ForTownshipsAsync(IReadOnlyCollection<Guid> townshipIds, int year, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(townshipIds);
        var ids = townshipIds.Distinct().ToList();
        // Instants are stored in UTC; the bounds are compared in UTC too (the binary form keeps the offset).
        var from = ChinaTime.YearStart(year).ToUniversalTime();
        var to = ChinaTime.YearStart(year + 1).ToUniversalTime();

        // Drafting started in the year (Beijing time), or numbered in the year: only those rows are read.
        var documents = await db.Set<NormativeDocument>().AsNoTracking()
            .Where(d => ids.Contains(d.TownshipId) && ((d.CreatedAt >= from && d.CreatedAt < to) || d.NumberYear == year))
            .Select(d => new
            {
                d.Id,
                d.TownshipId,
                Drafted = d.CreatedAt >= from && d.CreatedAt < to,
                Issued = d.NumberYear == year && d.SignedVersion != null,
                Published = d.FirstPublishedOn != null,
                d.PublishedOnTime,
                Reviewed = d.Reviews.Any(r => r.Opinion != null),
            }).ToListAsync(cancellationToken);
        var issuedIds = documents.Where(d => d.Issued).Select(d => d.Id).ToList();
        var filings = await db.Set<Model.Filing>().AsNoTracking()
            .Where(f => ids.Contains(f.TownshipId) && issuedIds.Contains(f.DocumentId))
            .Select(f => new { f.TownshipId, f.DocumentId, f.Outcome }).ToListAsync(cancellationToken);
        var decided = await db.Set<CleanupCampaign>().AsNoTracking()
            .Where(c => ids.Contains(c.TownshipId) && c.IsPublic && c.PublishedOn >= new DateOnly(year, 1, 1) && c.PublishedOn <= new DateOnly(year, 12, 31))
            .SelectMany(c => c.Items, (c, i) => new { c.TownshipId, i.Outcome })
            .ToListAsync(cancellationToken);

        // Looked up by township: scanning every row once per township grows with the square of the county (bench/Fazhi.Bench.Scale).
        var documentsByTownship = documents.ToLookup(x => x.TownshipId);
        var filingsByTownship = filings.ToLookup(x => x.TownshipId);
        var decidedByTownship = decided.ToLookup(x => x.TownshipId);
        return ids.ToDictionary(id => id, id =>
        {
            var own = documentsByTownship[id].ToList();
            var issued = own.Where(d => d.Issued).ToList();
            var published = issued.Where(d => d.Published).ToList();
            var ownFilings = filingsByTownship[id].ToList();
            var ownCleanups = decidedByTownship[id].ToList();
            return new DocumentFigures(
                id,
                year,
                Drafted: own.Count(d => d.Drafted),
                Issued: issued.Count,
                ReviewedForLegality: issued.Count(d => d.Reviewed),
                Published: published.Count,
                PublishedOnTime: published.Count(d => d.PublishedOnTime),
                Filed: ownFilings.Select(f => f.DocumentId).Distinct().Count(),
                FilingAccepted: ownFilings.Count(f => f.Outcome == FilingOutcome.Accepted),
                CorrectionOrdered: ownFilings.Count(f => f.Outcome == FilingOutcome.CorrectionOrdered),
                CleanupContinued: ownCleanups.Count(i => i.Outcome == CleanupOutcome.Continue),
                CleanupAmended: ownCleanups.Count(i => i.Outcome == CleanupOutcome.Amend),
                CleanupRepealed: ownCleanups.Count(i => i.Outcome == CleanupOutcome.Repeal),
                CleanupDeclaredInvalid: ownCleanups.Count(i => i.Outcome == CleanupOutcome.DeclareInvalid));
        });
    }
}
