using Fazhi.Modules.Education.Model;
using Fazhi.Modules.Organization;
using Fazhi.Modules.Portal.Contracts;
using Fazhi.Platform.Data;
using Fazhi.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Education.Portal;

/// <summary>The portal's 普法宣传 column: published activities, newest first, with their theme as the tag.</summary>
internal sealed class PublicityColumnSource(FazhiDbContext db) : IPortalColumnSource
{
    public PortalColumn Column => PortalColumn.LegalEducation;

    public async Task<PortalPage> ListAsync(Guid townshipId, string? search, int skip, int take, CancellationToken cancellationToken)
    {
        var code = await db.Set<Township>().Where(t => t.Id == townshipId).Select(t => t.DivisionCode).SingleAsync(cancellationToken);
        var query = db.Published<PublicityActivity>().Where(a => a.TownshipId == townshipId);
        if (!string.IsNullOrWhiteSpace(search))
        {
            query = query.Where(a => a.Title.Contains(search));
        }

        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderByDescending(a => a.HeldOn).ThenBy(a => a.Title).Skip(skip).Take(take)
            .Select(a => new { a.Id, a.Title, a.HeldOn, a.ThemeCode }).ToListAsync(cancellationToken);
        return new PortalPage([.. rows.Select(r => new PortalEntry(r.Title, $"/t/{code}/publicity/{r.Id}", r.HeldOn, ThemeCalendar.Find(r.ThemeCode)?.Name))], total);
    }
}
