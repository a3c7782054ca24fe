using Fazhi.Modules.Organization;
using Fazhi.Platform.Data;
using Fazhi.Platform.Deadlines;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Reports.Drafting;

/// <summary>
/// 法治政府建设与责任落实督察工作规定 第二十四条: every township publishes the past year's report before 1 April. The
/// duty exists whether or not a clerk has started a draft, so from 1 January the sweep puts the past year's report on
/// every township's 待办与预警 board; starting the draft later finds the deadline already open (one subject per
/// township and year, <see cref="AnnualReport.IdFor"/>).
/// </summary>
internal sealed class AnnualReportDeadlineSource(FazhiDbContext db, IDeadlines deadlines) : ICalendarDeadlineSource
{
    public async Task OpenDueAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var year = today.Year - 1;
        var townships = await db.Set<Township>().Select(t => new { t.Id, t.Name }).ToListAsync(cancellationToken);
        var subjects = townships.ToDictionary(t => AnnualReport.IdFor(t.Id, year));
        var keys = subjects.Keys.ToList();
        var opened = await db.Set<Deadline>()
            .Where(d => d.RuleCode == ReportDeadlines.PublicationCode && keys.Contains(d.SubjectId))
            .Select(d => d.SubjectId).ToListAsync(cancellationToken);
        // A report published early (before 1 January) met its duty already; it needs no deadline.
        var published = await db.Set<AnnualReport>()
            .Where(r => r.Year == year && r.Status == ReportStatus.Published)
            .Select(r => r.Id).ToListAsync(cancellationToken);
        foreach (var (subjectId, township) in subjects)
        {
            if (!opened.Contains(subjectId) && !published.Contains(subjectId))
            {
                await deadlines.OpenAsync(ReportDeadlines.Publication(year), township.Id, ReportDeadlines.Subject(township.Id, township.Name, year), new DateOnly(year, 12, 31), cancellationToken);
            }
        }
    }
}
