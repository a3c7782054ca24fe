using Fazhi.Modules.Consultation.Model;
using Fazhi.Modules.Portal.Contracts;
using Fazhi.Platform.Data;
using Fazhi.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Consultation.Portal;

/// <summary>
/// The 互动交流 column lists the township's consultations, open ones marked, so that a visitor of the township portal
/// finds where to comment (优化营商环境条例 第62条: 公开征求意见). Whichever module opened them, they are listed alike.
/// </summary>
internal sealed class ConsultationColumnSource(FazhiDbContext db, TimeProvider clock) : IPortalColumnSource
{
    public PortalColumn Column => PortalColumn.Interaction;

    public async Task<PortalPage> ListAsync(Guid townshipId, string? search, int skip, int take, CancellationToken cancellationToken)
    {
        var query = db.Published<PublicConsultation>().AsNoTracking().Where(c => c.TownshipId == townshipId);
        if (!string.IsNullOrWhiteSpace(search))
        {
            var s = search.Trim();
            query = query.Where(c => c.Title.Contains(s) || c.Text.Contains(s));
        }

        var total = await query.CountAsync(cancellationToken);
        var code = await db.Set<Organization.Township>().Where(t => t.Id == townshipId).Select(t => t.DivisionCode).SingleAsync(cancellationToken);
        var today = clock.Today();
        var rows = await query.OrderByDescending(c => c.OpensOn).Skip(skip).Take(take).ToListAsync(cancellationToken);
        var entries = rows.Select(c => new PortalEntry(c.Title, $"/t/{code}/consultations/{c.Id}", c.OpensOn,
            c.IsOpenOn(today) ? "征求意见中" : c.SummaryPublishedOn is not null ? "已公布采纳情况" : "已截止")).ToList();
        if (skip == 0 && string.IsNullOrWhiteSpace(search))
        {
            entries.Insert(0, new PortalEntry("公开征求意见（全部）", $"/t/{code}/consultations", null, "征求意见"));
            total++;
        }

        return new PortalPage(entries, total);
    }
}
