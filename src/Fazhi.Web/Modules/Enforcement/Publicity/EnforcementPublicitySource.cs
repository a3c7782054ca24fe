using Fazhi.Modules.Portal.Contracts;
using Fazhi.Platform.Data;
using Fazhi.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Enforcement.Publicity;

/// <summary>The 执法公示 column: published (masked) penalty decisions, newest first, plus the 事前公示 catalogue entry.</summary>
internal sealed class EnforcementPublicitySource(FazhiDbContext db) : IPortalColumnSource
{
    public PortalColumn Column => PortalColumn.EnforcementPublicity;

    public async Task<PortalPage> ListAsync(Guid townshipId, string? search, int skip, int take, CancellationToken cancellationToken)
    {
        var query = db.Published<PenaltyDisclosure>().Where(d => d.TownshipId == townshipId);
        if (!string.IsNullOrWhiteSpace(search))
        {
            query = query.Where(d => d.Violation.Contains(search) || d.DecisionNumber.Contains(search) || d.PartyDisplay.Contains(search) || d.MaskedText.Contains(search));
        }

        var total = await query.CountAsync(cancellationToken);
        var code = await db.Set<Organization.Township>().Where(t => t.Id == townshipId).Select(t => t.DivisionCode).SingleAsync(cancellationToken);
        var rows = await query.OrderByDescending(d => d.PublishedOn).ThenBy(d => d.DecisionNumber).Skip(skip).Take(take)
            .Select(d => new { d.Id, d.DecisionNumber, d.PartyDisplay, d.Violation, d.PublishedOn })
            .ToListAsync(cancellationToken);
        var entries = rows.Select(d => new PortalEntry($"{d.DecisionNumber} {d.PartyDisplay}{d.Violation}", $"/t/{code}/enforcement/decisions/{d.Id}", d.PublishedOn, "处罚决定")).ToList();
        if (skip == 0 && string.IsNullOrWhiteSpace(search))
        {
            // The 事前公示 of the catalogue always heads the column (国办发〔2018〕118号 (四)).
            entries.Insert(0, new PortalEntry("行政执法事前公示：主体、职责、权限、依据、程序与监督渠道", $"/t/{code}/enforcement/powers", null, "事前公示"));
            total++;
        }

        return new PortalPage(entries, total);
    }
}
