using Fazhi.Modules.Disclosure.Model;
using Fazhi.Modules.Remedies.Contracts;
using Fazhi.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Disclosure.AnnualReport;

/// <summary>One row of table 三: natural persons, legal persons and other organisations, and their total.</summary>
internal sealed record ApplicantCounts(int Citizens, int Organizations)
{
    public static ApplicantCounts None { get; } = new(0, 0);

    public int Total => Citizens + Organizations;
}

/// <summary>
/// The figures of the 政府信息公开工作年度报告 (第50条; format of 国办公开办函〔2021〕30号), counted from the records:
/// 二 what was actively published by category (第20–21条), 三 applications (new, carried over, each result, carried
/// forward) by kind of applicant, 四 reconsiderations and lawsuits about disclosure by result at year end.
/// </summary>
internal sealed record DisclosureAnnualFigures(
    int Year,
    IReadOnlyList<(InformationCategory Category, int Count)> Published,
    ApplicantCounts NewApplications,
    ApplicantCounts CarriedOver,
    IReadOnlyList<(ReplyType Type, ApplicantCounts Counts)> Replies,
    IReadOnlyList<(ClosingKind Kind, ApplicantCounts Counts)> Closings,
    ApplicantCounts CarriedForward,
    DisclosureRemedyFigures Remedies)
{
    public int PublishedTotal => Published.Sum(p => p.Count);

    public ApplicantCounts Handled => new(Replies.Sum(r => r.Counts.Citizens) + Closings.Sum(c => c.Counts.Citizens), Replies.Sum(r => r.Counts.Organizations) + Closings.Sum(c => c.Counts.Organizations));
}

/// <summary>Reads the year's figures for one township: two grouped queries over the register and the catalogue, and table 四 from Remedies.</summary>
internal sealed class DisclosureAnnualQuery(FazhiDbContext db, IRemedyFigures remedies)
{
    public async Task<DisclosureAnnualFigures> ForAsync(Guid townshipId, int year, CancellationToken ct)
    {
        var start = new DateOnly(year, 1, 1);
        var end = new DateOnly(year, 12, 31);
        var published = await db.Set<DisclosureItem>().AsNoTracking()
            .Where(i => i.TownshipId == townshipId && i.PublishedOn >= start && i.PublishedOn <= end)
            .GroupBy(i => i.Category).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var requests = await db.Set<DisclosureRequest>().AsNoTracking()
            .Where(r => r.TownshipId == townshipId && r.ReceivedOn <= end
                && (r.ReceivedOn >= start || ((r.RepliedOn == null || r.RepliedOn >= start) && (r.ClosedOn == null || r.ClosedOn >= start))))
            .GroupBy(r => new { Citizen = r.ApplicantKind == ApplicantKind.Citizen, r.ReplyType, r.ClosingKind, New = r.ReceivedOn != null && r.ReceivedOn >= start,
                Replied = r.RepliedOn != null && r.RepliedOn <= end, Closed = r.RepliedOn == null && r.ClosedOn != null && r.ClosedOn <= end })
            .Select(g => new { g.Key.Citizen, g.Key.ReplyType, g.Key.ClosingKind, g.Key.New, g.Key.Replied, g.Key.Closed, Count = g.Count() })
            .ToListAsync(ct);
        ApplicantCounts Of(IEnumerable<(bool Citizen, int Count)> rows) => new(rows.Where(r => r.Citizen).Sum(r => r.Count), rows.Where(r => !r.Citizen).Sum(r => r.Count));
        var newOnes = Of(requests.Where(r => r.New).Select(r => (r.Citizen, r.Count)));
        var carried = Of(requests.Where(r => !r.New).Select(r => (r.Citizen, r.Count)));
        var replies = Enum.GetValues<ReplyType>()
            .Select(t => (t, Of(requests.Where(r => r.Replied && r.ReplyType == t).Select(r => (r.Citizen, r.Count))))).ToList();
        var closings = Enum.GetValues<ClosingKind>()
            .Select(k => (k, Of(requests.Where(r => r.Closed && r.ClosingKind == k).Select(r => (r.Citizen, r.Count))))).ToList();
        var forward = Of(requests.Where(r => !r.Replied && !r.Closed).Select(r => (r.Citizen, r.Count)));
        return new DisclosureAnnualFigures(year, published.OrderBy(p => p.Key).Select(p => (p.Key, p.Count)).ToList(), newOnes, carried, replies, closings, forward,
            await remedies.AboutDisclosureAsync(townshipId, year, ct));
    }
}
