using Fazhi.Modules.Remedies.Model;
using Fazhi.Modules.Reports.Contracts;
using Fazhi.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Remedies.Figures;

/// <summary>One township's 行政复议 and 行政应诉 figures of a year.</summary>
internal sealed record RemedyYearFigures(int Reconsiderations, int Lawsuits, int Decided, int Corrected, int Hearings, int LeaderAppearances)
{
    public static RemedyYearFigures None { get; } = new(0, 0, 0, 0, 0, 0);
}

/// <summary>
/// The figures for a set of townships with one grouped query, year-true: cases whose copy reached the township in the
/// year, decisions and judgments given in it (纠错率 = 撤销、变更、确认违法、确认无效、责令履行 among them) and the lawsuits'
/// hearings held in it (出庭应诉率 = the head appeared / hearings, 行政诉讼法 第3条第3款).
/// </summary>
internal sealed class RemedyFiguresQuery(FazhiDbContext db)
{
    public async Task<IReadOnlyDictionary<Guid, RemedyYearFigures>> ForTownshipsAsync(IReadOnlyCollection<Guid> townshipIds, int year, CancellationToken ct)
    {
        var start = new DateOnly(year, 1, 1);
        var end = new DateOnly(year, 12, 31);
        var ids = townshipIds.Distinct().ToList();
        var rows = await db.Set<RemedyCase>()
            .Where(c => ids.Contains(c.TownshipId)
                && ((c.CopyReceivedOn >= start && c.CopyReceivedOn <= end) || (c.DecidedOn >= start && c.DecidedOn <= end) || (c.HearingOn >= start && c.HearingOn <= end)))
            .GroupBy(c => c.TownshipId)
            .Select(g => new
            {
                g.Key,
                Reconsiderations = g.Count(c => c.Kind == RemedyKind.Reconsideration && c.CopyReceivedOn >= start && c.CopyReceivedOn <= end),
                Lawsuits = g.Count(c => c.Kind == RemedyKind.Litigation && c.CopyReceivedOn >= start && c.CopyReceivedOn <= end),
                Decided = g.Count(c => c.DecidedOn >= start && c.DecidedOn <= end),
                Corrected = g.Count(c => c.DecidedOn >= start && c.DecidedOn <= end
                    && (c.Outcome == RemedyOutcome.Revoked || c.Outcome == RemedyOutcome.Varied || c.Outcome == RemedyOutcome.ConfirmedUnlawful
                        || c.Outcome == RemedyOutcome.ConfirmedVoid || c.Outcome == RemedyOutcome.OrderedToPerform)),
                Hearings = g.Count(c => c.Kind == RemedyKind.Litigation && c.HearingOn >= start && c.HearingOn <= end),
                Appeared = g.Count(c => c.Kind == RemedyKind.Litigation && c.HearingOn >= start && c.HearingOn <= end && c.LeaderAppeared == true),
            })
            .ToDictionaryAsync(x => x.Key, ct);
        return ids.ToDictionary(id => id, id => rows.TryGetValue(id, out var r)
            ? new RemedyYearFigures(r.Reconsiderations, r.Lawsuits, r.Decided, r.Corrected, r.Hearings, r.Appeared)
            : RemedyYearFigures.None);
    }

    /// <summary>“本年度发生行政复议案件1件、行政诉讼案件1件……行政机关负责人出庭应诉率达100%”, in the seeds' sentence style.</summary>
    public static IndicatorGroup Group(RemedyYearFigures f, int year)
    {
        var link = $"/workspace/remedies?Filter.Year={year}";
        return new IndicatorGroup("remedies", 25, "依法化解行政争议", "本年度", [
            Indicator.Count("remedies.reconsiderations", "被申请行政复议案件", "件", f.Reconsiderations, "被申请行政复议案件{0}", link),
            Indicator.Count("remedies.lawsuits", "行政诉讼（应诉）案件", "件", f.Lawsuits, "行政应诉案件{0}", link),
            Indicator.Count("remedies.decided", "复议决定和裁判", "件", f.Decided, "审结{0}", link),
            Indicator.Rate("remedies.correction-rate", "纠错率", f.Corrected, f.Decided, "纠错率{0}", link),
            Indicator.Rate("remedies.leader-appearance-rate", "行政机关负责人出庭应诉率", f.LeaderAppearances, f.Hearings, "行政机关负责人出庭应诉率达{0}", link),
        ]);
    }
}

/// <summary>The 行政复议 and 行政应诉 subsection of part 一 of the annual report.</summary>
internal sealed class RemedyIndicatorSource(RemedyFiguresQuery figures) : IIndicatorSource
{
    public async Task<IReadOnlyDictionary<Guid, IndicatorGroup>> ForTownshipsAsync(IReadOnlyCollection<Guid> townshipIds, int year, CancellationToken cancellationToken) =>
        (await figures.ForTownshipsAsync(townshipIds, year, cancellationToken)).ToDictionary(f => f.Key, f => RemedyFiguresQuery.Group(f.Value, year));
}

/// <summary>
/// Table 四 of the disclosure annual report: cases about disclosure whose copy reached the township in the year, each
/// by its result as it stood at the end of that year (a result given later counts as 尚未审结), so the table is year-true.
/// </summary>
internal sealed class RemedyFiguresForOtherModules(FazhiDbContext db) : Contracts.IRemedyFigures
{
    public async Task<Contracts.DisclosureRemedyFigures> AboutDisclosureAsync(Guid townshipId, int year, CancellationToken cancellationToken)
    {
        var start = new DateOnly(year, 1, 1);
        var end = new DateOnly(year, 12, 31);
        var rows = await db.Set<RemedyCase>()
            .Where(c => c.TownshipId == townshipId && c.AboutDisclosure && c.CopyReceivedOn >= start && c.CopyReceivedOn <= end)
            .GroupBy(c => c.Kind)
            .Select(g => new
            {
                g.Key,
                Upheld = g.Count(c => c.DecidedOn <= end && c.Outcome == RemedyOutcome.Upheld),
                Corrected = g.Count(c => c.DecidedOn <= end
                    && (c.Outcome == RemedyOutcome.Revoked || c.Outcome == RemedyOutcome.Varied || c.Outcome == RemedyOutcome.ConfirmedUnlawful
                        || c.Outcome == RemedyOutcome.ConfirmedVoid || c.Outcome == RemedyOutcome.OrderedToPerform)),
                Decided = g.Count(c => c.DecidedOn <= end),
                All = g.Count(),
            })
            .ToListAsync(cancellationToken);
        Contracts.RemedyOutcomeCounts Of(RemedyKind kind) => rows.SingleOrDefault(r => r.Key == kind) is { } r
            ? new Contracts.RemedyOutcomeCounts(r.Upheld, r.Corrected, r.Decided - r.Upheld - r.Corrected, r.All - r.Decided)
            : Contracts.RemedyOutcomeCounts.None;
        return new Contracts.DisclosureRemedyFigures(Of(RemedyKind.Reconsideration), Of(RemedyKind.Litigation));
    }
}
