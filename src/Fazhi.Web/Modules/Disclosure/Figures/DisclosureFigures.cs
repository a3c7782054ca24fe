using Fazhi.Modules.Disclosure.Model;
using Fazhi.Modules.Reports.Contracts;
using Fazhi.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Disclosure.Figures;

/// <summary>One township's 依申请公开 figures of a year, counted from the register (nothing typed in).</summary>
/// <param name="Received">Applications received in the year (收到申请之日 in the year, 第31条).</param>
/// <param name="Replied">Replies given in the year.</param>
/// <param name="RepliedInTime">Of those, replied by their due date (第33条, with extension and consultation).</param>
/// <param name="Provided">Replies of the year that made information available (已主动公开 or 予以公开).</param>
internal sealed record DisclosureYearFigures(int Received, int Replied, int RepliedInTime, int Provided)
{
    public static DisclosureYearFigures None { get; } = new(0, 0, 0, 0);
}

/// <summary>
/// The figures for a set of townships with one grouped query (never a query per township), year-true: an application
/// counts in the year it was received, a reply in the year it was given, whatever has happened to either since.
/// </summary>
internal sealed class DisclosureFiguresQuery(FazhiDbContext db)
{
    public async Task<IReadOnlyDictionary<Guid, DisclosureYearFigures>> ForTownshipsAsync(IReadOnlyCollection<Guid> townshipIds, int year, CancellationToken ct)
    {
        var start = new DateOnly(year, 1, 1);
        var end = new DateOnly(year, 12, 31);
        var ids = townshipIds.ToList();
        var rows = await db.Set<DisclosureRequest>().AsNoTracking()
            .Where(r => ids.Contains(r.TownshipId) && ((r.ReceivedOn >= start && r.ReceivedOn <= end) || (r.RepliedOn >= start && r.RepliedOn <= end)))
            .GroupBy(r => r.TownshipId)
            .Select(g => new
            {
                g.Key,
                Received = g.Count(r => r.ReceivedOn >= start && r.ReceivedOn <= end),
                Replied = g.Count(r => r.RepliedOn >= start && r.RepliedOn <= end),
                InTime = g.Count(r => r.RepliedOn >= start && r.RepliedOn <= end && r.RepliedOn <= r.ReplyDueOn),
                Provided = g.Count(r => r.RepliedOn >= start && r.RepliedOn <= end && (r.ReplyType == ReplyType.AlreadyPublic || r.ReplyType == ReplyType.Provided)),
            })
            .ToListAsync(ct);
        var found = rows.ToDictionary(r => r.Key, r => new DisclosureYearFigures(r.Received, r.Replied, r.InTime, r.Provided));
        return ids.Distinct().ToDictionary(id => id, id => found.GetValueOrDefault(id, DisclosureYearFigures.None));
    }

    /// <summary>The report's sentence: “受理政府信息公开申请3件，答复3件，按期答复率100%”.</summary>
    public static IndicatorGroup Group(DisclosureYearFigures f, int year)
    {
        var ledger = $"/workspace/disclosure/requests?Filter.Year={year}";
        return new IndicatorGroup("disclosure", 30, "深化政务公开", "本年度", [
            Indicator.Count("disclosure.requests-received", "收到政府信息公开申请", "件", f.Received, "受理政府信息公开申请{0}", ledger),
            Indicator.Count("disclosure.requests-replied", "答复政府信息公开申请", "件", f.Replied, "依法答复{0}", ledger),
            Indicator.Rate("disclosure.replied-in-time-rate", "依申请公开按期答复率", f.RepliedInTime, f.Replied, "按期答复率{0}", ledger),
            Indicator.Count("disclosure.requests-provided", "予以公开或告知获取途径", "件", f.Provided, "予以公开或告知获取途径{0}", ledger),
        ]);
    }
}

/// <summary>The 政务公开 subsection of part 一 of the annual report.</summary>
internal sealed class DisclosureIndicatorSource(DisclosureFiguresQuery figures) : IIndicatorSource
{
    public async Task<IReadOnlyDictionary<Guid, IndicatorGroup>> ForTownshipsAsync(IReadOnlyCollection<Guid> townshipIds, int year, CancellationToken cancellationToken) =>
        (await figures.ForTownshipsAsync(townshipIds, year, cancellationToken)).ToDictionary(f => f.Key, f => DisclosureFiguresQuery.Group(f.Value, year));
}
