using Fazhi.Modules.Reports.Drafting;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Deadlines;
using Fazhi.Platform.WaitingWork;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Reports.Contracts;

/// <summary>
/// 待我办理 of the annual report (ADR 0027), in one query: a drafted report waits for the leader's 审定; an approved one
/// for the clerk to publish it and report it to the county.
/// </summary>
internal sealed class ReportsWaitingWork(FazhiDbContext db) : IWaitingWorkSource
{
    private const string Area = "年度报告";

    public async Task<IReadOnlyList<WaitingItem>> ForAsync(WaitingFor who, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(who);
        if (!who.Is(Roles.Leader) && !who.Is(Roles.LegalClerk))
        {
            return [];
        }

        var rows = await db.Set<AnnualReport>().AsNoTracking().IgnoreAutoIncludes()
            .Where(r => r.TownshipId == who.TownshipId
                        && ((r.Status == ReportStatus.Drafting && r.Versions.Any()) || r.Status == ReportStatus.Approved
                            || (r.Status == ReportStatus.Published && r.SubmittedToCountyOn == null)))
            .Select(r => new
            {
                r.Year,
                r.Status,
                Due = db.Set<Deadline>()
                    .Where(x => x.SubjectId == r.Id && x.Owner == DeadlineOwner.Government
                                && (x.State == DeadlineState.Pending || x.State == DeadlineState.DueSoon || x.State == DeadlineState.Overdue))
                    .OrderBy(x => x.DueDate).Select(x => (DateOnly?)x.DueDate).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);

        var items = new List<WaitingItem>();
        foreach (var r in rows)
        {
            var subject = $"{r.Year}年度法治政府建设年度报告";
            var url = $"/workspace/reports/{r.Year}";
            if (r.Status == ReportStatus.Drafting && who.Is(Roles.Leader))
            {
                items.Add(new WaitingItem(Area, "审定年度报告", subject, url, r.Due, "党政主要负责人审核后报送、公开（《法治政府建设与责任落实督察工作规定》）"));
            }
            else if (r.Status == ReportStatus.Approved && who.Is(Roles.LegalClerk))
            {
                items.Add(new WaitingItem(Area, "公布年度报告", subject, url, r.Due, "每年4月1日之前向社会公开"));
            }
            else if (r.Status == ReportStatus.Published && who.Is(Roles.LegalClerk))
            {
                items.Add(new WaitingItem(Area, "报送县级", subject, url, r.Due));
            }
        }

        return items;
    }
}
