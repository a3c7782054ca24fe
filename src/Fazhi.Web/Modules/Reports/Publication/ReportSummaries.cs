using Fazhi.Modules.Reports.Contracts;
using Fazhi.Modules.Reports.Drafting;
using Fazhi.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Reports.Publication;

/// <summary>Computes each township's report state from its record and the 1 April deadline (督察工作规定 第二十四条).</summary>
internal sealed class ReportSummaries(FazhiDbContext db) : IAnnualReportSummaries
{
    public async Task<IReadOnlyList<AnnualReportSummary>> ForYearAsync(IReadOnlyCollection<Guid> townshipIds, int year, DateOnly today, CancellationToken cancellationToken)
    {
        var reports = await db.Set<AnnualReport>().IgnoreAutoIncludes().AsNoTracking()
            .Where(r => r.Year == year && townshipIds.Contains(r.TownshipId))
            .Select(r => new { r.TownshipId, r.Status, r.ApprovedOn, r.PublishedOn, r.SubmittedToCountyOn })
            .ToListAsync(cancellationToken);
        var due = ReportDeadlines.DueDate(year);
        // Looked up by township: scanning every row once per township grows with the square of the county (bench/Fazhi.Bench.Scale).
        var reportsByTownship = reports.ToLookup(x => x.TownshipId);
        return [.. townshipIds.Select(id =>
        {
            var r = reportsByTownship[id].SingleOrDefault();
            var state = r switch
            {
                { Status: ReportStatus.Published, PublishedOn: { } on } => on <= due ? AnnualReportState.PublishedOnTime : AnnualReportState.PublishedLate,
                _ when today > due => AnnualReportState.Missing,
                null => AnnualReportState.NotStarted,
                { Status: ReportStatus.Approved } => AnnualReportState.Approved,
                _ => AnnualReportState.Drafting,
            };
            return new AnnualReportSummary(id, year, state, r?.ApprovedOn, r?.PublishedOn, r?.SubmittedToCountyOn, due);
        })];
    }
}
