using Fazhi.Modules.Decisions.Model;
using Fazhi.Modules.Portal.Contracts;
using Fazhi.Platform.Data;
using Fazhi.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Decisions.Portal;

/// <summary>
/// The 政务公开 column's share of major decisions: the approved catalogues (第3条第3款) and published decisions
/// (第32条). Only what PublicQueries lets through; drafts, opinions and meeting records never appear.
/// </summary>
internal sealed class DecisionPortalSource(FazhiDbContext db) : IPortalColumnSource
{
    public PortalColumn Column => PortalColumn.Disclosure;

    public async Task<PortalPage> ListAsync(Guid townshipId, string? search, int skip, int take, CancellationToken cancellationToken)
    {
        var code = await db.Set<Organization.Township>().Where(t => t.Id == townshipId).Select(t => t.DivisionCode).SingleAsync(cancellationToken);
        var catalogs = await db.Published<DecisionCatalog>().IgnoreAutoIncludes().Where(c => c.TownshipId == townshipId)
            .Select(c => new { c.Year, c.ApprovedOn }).ToListAsync(cancellationToken);
        var decisions = await db.Published<MajorDecision>().IgnoreAutoIncludes().Where(d => d.TownshipId == townshipId)
            .Select(d => new { d.Id, d.Title, d.DocumentNumber, d.PublishedOn }).ToListAsync(cancellationToken);
        var entries = catalogs.Select(c => new PortalEntry($"{c.Year}年度重大行政决策事项目录", $"/t/{code}/decisions/catalog/{c.Year}", c.ApprovedOn, "决策目录"))
            .Concat(decisions.Select(d => new PortalEntry($"{d.Title}（{d.DocumentNumber}）", $"/t/{code}/decisions/{d.Id}", d.PublishedOn, "重大行政决策")))
            .Where(e => string.IsNullOrWhiteSpace(search) || e.Title.Contains(search.Trim(), StringComparison.Ordinal))
            .OrderByDescending(e => e.Date)
            .ToList();
        return new PortalPage(entries.Skip(skip).Take(take).ToList(), entries.Count);
    }
}
