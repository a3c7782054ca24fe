using Fazhi.Modules.Disclosure.Model;
using Fazhi.Modules.Organization;
using Fazhi.Modules.Portal.Contracts;
using Fazhi.Platform.Data;
using Fazhi.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Disclosure.Portal;

/// <summary>
/// The 政务公开 column: the 公开指南 (with the online application and status pages behind it) and the published
/// catalogue entries, newest first. Only public records (PublicQueries).
/// </summary>
internal sealed class DisclosureColumnSource(FazhiDbContext db) : IPortalColumnSource
{
    public PortalColumn Column => PortalColumn.Disclosure;

    public async Task<PortalPage> ListAsync(Guid townshipId, string? search, int skip, int take, CancellationToken cancellationToken)
    {
        var code = await db.Set<Township>().Where(t => t.Id == townshipId).Select(t => t.DivisionCode).SingleAsync(cancellationToken);
        var query = db.Published<DisclosureItem>().AsNoTracking().Where(e => e.TownshipId == townshipId);
        if (!string.IsNullOrWhiteSpace(search))
        {
            var q = search.Trim();
            query = query.Where(e => e.Title.Contains(q) || e.Summary.Contains(q));
        }

        var total = await query.CountAsync(cancellationToken);
        var entries = await query.OrderByDescending(e => e.PublishedOn).Take(skip + take)
            .Select(e => new { e.Title, e.PublishedOn, e.Category, e.Link }).ToListAsync(cancellationToken);
        var guide = new PortalEntry("政府信息公开指南（在线申请、办理进度查询）", $"/t/{code}/disclosure/guide", null, "公开指南");
        var listed = entries.Select(e => new PortalEntry(e.Title, e.Link ?? $"/t/{code}/disclosure/catalogue", e.PublishedOn, CatalogueLabels.Brief(e.Category)));
        var all = (string.IsNullOrWhiteSpace(search) ? listed.Prepend(guide) : listed).ToList();
        return new PortalPage(all.Skip(skip).Take(take).ToList(), total + (string.IsNullOrWhiteSpace(search) ? 1 : 0));
    }
}
