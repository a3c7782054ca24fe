using Fazhi.Modules.Disputes.Model;
using Fazhi.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Disputes.Home;

/// <summary>One hit of the search over everything the module keeps.</summary>
internal sealed record SearchHit(string Kind, string Title, string Detail, DateOnly On, string Url);

/// <summary>
/// 一站式查询: one search box over the intake (every channel and procedure), mediation cases and their parties, 信访
/// numbers, 12345 ticket numbers and screening findings, newest first. Each kind is one query with a limit.
/// </summary>
internal sealed class DisputeSearch(FazhiDbContext db)
{
    public const int PerKind = 20;

    public async Task<IReadOnlyList<SearchHit>> FindAsync(string? text, CancellationToken ct)
    {
        var q = text?.Trim() ?? "";
        if (q.Length == 0)
        {
            return [];
        }

        var hits = new List<SearchHit>();
        var matters = await db.Set<Matter>().IgnoreAutoIncludes().AsNoTracking()
            .Where(m => m.ReceiptNumber.Contains(q) || m.Subject.Contains(q) || m.Content.Contains(q) || m.RequesterName.Contains(q)
                || (m.RequesterPhone != null && m.RequesterPhone.Contains(q)) || (m.ExternalReference != null && m.ExternalReference.Contains(q)))
            .OrderByDescending(m => m.ReceivedOn).Take(PerKind).ToListAsync(ct);
        hits.AddRange(matters.Select(m => new SearchHit("群众诉求", $"{m.ReceiptNumber} {m.Subject}", $"{DisputeLabels.Channel(m.Channel)} · {m.RequesterName} · {DisputeLabels.Procedure(m.Procedure)} · {DisputeLabels.Status(m.Status)}",
            m.ReceivedOn, $"/workspace/disputes/matters/{m.Id}")));
        var cases = await db.Set<MediationCase>().AsNoTracking()
            .Where(c => c.Number.Contains(q) || c.Summary.Contains(q) || c.Parties.Any(p => p.Name.Contains(q)))
            .OrderByDescending(c => c.AcceptedOn).Take(PerKind).ToListAsync(ct);
        hits.AddRange(cases.Select(c => new SearchHit("人民调解", $"{c.Number} {c.Summary}", $"{string.Join("、", c.Parties.Select(p => p.Name))} · {DisputeLabels.MediationStatus(c.Status)}",
            c.AcceptedOn, $"/workspace/disputes/mediation/cases/{c.Id}")));
        var petitions = await db.Set<Petition>().AsNoTracking().Where(p => p.Number.Contains(q) || p.Subject.Contains(q) || (p.FromReference != null && p.FromReference.Contains(q)))
            .OrderByDescending(p => p.ReceivedOn).Take(PerKind).ToListAsync(ct);
        hits.AddRange(petitions.Select(p => new SearchHit("信访", $"{p.Number} {p.Subject}", DisputeLabels.PetitionStatus(p.Status), p.ReceivedOn, $"/workspace/disputes/petitions/{p.Id}")));
        var tickets = await db.Set<HotlineTicket>().AsNoTracking().Where(t => t.TicketNumber.Contains(q) || t.Subject.Contains(q))
            .OrderByDescending(t => t.ReceivedOn).Take(PerKind).ToListAsync(ct);
        hits.AddRange(tickets.Select(t => new SearchHit("12345工单", $"{t.TicketNumber} {t.Subject}", DisputeLabels.TicketStatus(t.Status), t.ReceivedOn, $"/workspace/disputes/hotline/{t.Id}")));
        var findings = await db.Set<ScreeningFinding>().AsNoTracking().Where(f => f.Summary.Contains(q) || (f.Parties != null && f.Parties.Contains(q)))
            .OrderByDescending(f => f.FoundOn).Take(PerKind).ToListAsync(ct);
        hits.AddRange(findings.Select(f => new SearchHit("矛盾纠纷排查", f.Title, DisputeLabels.Finding(f.Status), f.FoundOn, $"/workspace/disputes/screening/findings/{f.Id}")));
        return [.. hits.OrderByDescending(h => h.On)];
    }
}
