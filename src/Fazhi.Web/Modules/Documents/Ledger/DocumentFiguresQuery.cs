using Fazhi.Modules.Documents.Contracts;
using Fazhi.Modules.Documents.Model;
using Fazhi.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Documents.Ledger;

/// <summary>Counts the records of one township and year; the tenant filter applies (a township sees its own, the county its townships).</summary>
internal sealed class DocumentFiguresQuery(FazhiDbContext db) : IDocumentFigures
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    public async Task<DocumentFigures> ForTownshipAsync(Guid townshipId, int year, CancellationToken cancellationToken)
    {
        var documents = await db.Set<NormativeDocument>().Where(d => d.TownshipId == townshipId)
            .Select(d => new
            {
                d.Id,
                d.CreatedAt,
                d.NumberYear,
                d.SignedVersion,
                d.FirstPublishedOn,
                d.PublishedOnTime,
                Reviewed = d.Reviews.Any(r => r.Opinion != null),
            }).ToListAsync(cancellationToken);
        var filings = await db.Set<Model.Filing>().Where(f => f.TownshipId == townshipId)
            .Select(f => new { f.DocumentId, f.Outcome, f.SubmittedOn }).ToListAsync(cancellationToken);
        var cleanups = await db.Set<CleanupCampaign>().Where(c => c.TownshipId == townshipId && c.IsPublic).ToListAsync(cancellationToken);

        var issued = documents.Where(d => d.NumberYear == year && d.SignedVersion != null).ToList();
        var issuedIds = issued.Select(d => d.Id).ToHashSet();
        var published = issued.Where(d => d.FirstPublishedOn != null).ToList();
        var yearFilings = filings.Where(f => issuedIds.Contains(f.DocumentId)).ToList();
        var decided = cleanups.Where(c => c.PublishedOn?.Year == year).SelectMany(c => c.Items).ToList();
        return new DocumentFigures(
            townshipId,
            year,
            Drafted: documents.Count(d => d.CreatedAt.ToOffset(Beijing).Year == year),
            Issued: issued.Count,
            ReviewedForLegality: issued.Count(d => d.Reviewed),
            Published: published.Count,
            PublishedOnTime: published.Count(d => d.PublishedOnTime),
            Filed: yearFilings.Select(f => f.DocumentId).Distinct().Count(),
            FilingAccepted: yearFilings.Count(f => f.Outcome == FilingOutcome.Accepted),
            CorrectionOrdered: yearFilings.Count(f => f.Outcome == FilingOutcome.CorrectionOrdered),
            CleanupContinued: decided.Count(i => i.Outcome == CleanupOutcome.Continue),
            CleanupAmended: decided.Count(i => i.Outcome == CleanupOutcome.Amend),
            CleanupRepealed: decided.Count(i => i.Outcome == CleanupOutcome.Repeal),
            CleanupDeclaredInvalid: decided.Count(i => i.Outcome == CleanupOutcome.DeclareInvalid));
    }
}
