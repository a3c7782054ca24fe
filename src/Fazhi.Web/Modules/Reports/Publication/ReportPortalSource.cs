using Fazhi.Modules.Organization;
using Fazhi.Modules.Portal.Contracts;
using Fazhi.Modules.Reports.Drafting;
using Fazhi.Platform.Data;
using Fazhi.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Reports.Publication;

/// <summary>The portal's 法治政府建设年度报告 column: published reports only, newest year first (督察工作规定 第二十四条).</summary>
internal sealed class ReportPortalSource(FazhiDbContext db) : IPortalColumnSource
{
    public PortalColumn Column => PortalColumn.AnnualReports;

    public async Task<PortalPage> ListAsync(Guid townshipId, string? search, int skip, int take, CancellationToken cancellationToken)
    {
        var query = db.Published<AnnualReport>().IgnoreAutoIncludes().Where(r => r.TownshipId == townshipId);
        var rows = await query.OrderByDescending(r => r.Year)
            .Select(r => new { r.Year, r.PublishedOn, r.ApprovedVersion, r.Id })
            .ToListAsync(cancellationToken);
        var ids = rows.Select(r => r.Id).ToList();
        var titles = await db.Set<AnnualReportVersion>().Where(v => ids.Contains(v.ReportId))
            .Select(v => new { v.ReportId, v.Number, v.Title }).ToListAsync(cancellationToken);
        var code = await db.Set<Township>().Where(t => t.Id == townshipId).Select(t => t.DivisionCode).SingleAsync(cancellationToken);
        var entries = rows
            .Select(r => new PortalEntry(titles.Single(t => t.ReportId == r.Id && t.Number == r.ApprovedVersion).Title, $"/t/{code}/reports/{r.Year}", r.PublishedOn, "年度报告"))
            .Where(e => string.IsNullOrWhiteSpace(search) || e.Title.Contains(search.Trim(), StringComparison.Ordinal))
            .ToList();
        return new PortalPage([.. entries.Skip(skip).Take(take)], entries.Count);
    }
}
