using Fazhi.Modules.Organization;
using Fazhi.Modules.Reports.Contracts;
using Fazhi.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.County.Figures;

/// <summary>A township of the county as the console lists it.</summary>
internal sealed record CountyTownship(Guid Id, string Name, string DivisionCode, string GovernmentName);

/// <summary>
/// The figures the county compares: every registered <see cref="IIndicatorSource"/> for each township and year, read
/// through the county's tenant filter, labelled with the report section they belong to (严格规范公正文明执法·立案数).
/// </summary>
/// <remarks>
/// The sources are read through <see cref="StampedIndicators"/>: each answer is kept under the townships' record stamps
/// (ADR 0033), so the county's pages read one digest instead of running every source again.
/// </remarks>
internal sealed class CountyFigures(FazhiDbContext db, StampedIndicators indicators)
{
    public async Task<IReadOnlyList<CountyTownship>> TownshipsAsync(CancellationToken ct)
    {
        var countyId = db.Tenant.CountyId;
        return await db.Set<Township>().AsNoTracking().Where(t => t.CountyId == countyId).OrderBy(t => t.DivisionCode)
            .Select(t => new CountyTownship(t.Id, t.Name, t.DivisionCode, t.GovernmentName)).ToListAsync(ct);
    }

    /// <summary>
    /// Every indicator of each township's year, in report order: each source answers for all the townships at once,
    /// so the number of queries does not grow with the number of townships (ADR 0020).
    /// </summary>
    /// <remarks>
    /// With <paramref name="onlyKey"/>, only the source known to state that key is asked (the dashboard's one figure
    /// across five years needs one source per year, not all of them); a key not yet seen asks every source.
    /// </remarks>
    public async Task<IReadOnlyDictionary<Guid, List<Indicator>>> ForYearAsync(IReadOnlyCollection<Guid> townshipIds, int year, CancellationToken ct, string? onlyKey = null)
    {
        var groups = await indicators.ForTownshipsAsync(townshipIds, year, ct, onlyKey);
        return groups.ToDictionary(t => t.Key, t => InReportOrder(t.Value).Select(g => Labelled(g.Group, g.Indicator)).ToList());
    }

    /// <summary>
    /// The figures of one indicator, as a dashboard compares them: every indicator any of the townships states in the
    /// year (labelled, in report order, the first township's order then what the others add), the one
    /// <paramref name="choose"/> picks from them, and each township's value of it (null where it does not state it).
    /// Unlike <see cref="ForYearAsync"/> it labels each indicator once rather than once per township: a county of
    /// 2,000 townships states some 120,000 figures a year, and the dashboard shows one of them.
    /// </summary>
    public async Task<(IReadOnlyList<Indicator> Columns, Indicator Chosen, IReadOnlyDictionary<Guid, Indicator?> Values)> OneOfYearAsync(
        IReadOnlyList<Guid> townshipIds, int year, Func<IReadOnlyList<Indicator>, Indicator> choose, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(choose);
        var groups = await indicators.ForTownshipsAsync(townshipIds, year, ct);
        var columns = new List<Indicator>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var township in townshipIds)
        {
            foreach (var (group, indicator) in InReportOrder(groups[township]))
            {
                if (seen.Add(indicator.Key))
                {
                    columns.Add(Labelled(group, indicator));
                }
            }
        }

        var chosen = choose(columns);
        return (columns, chosen, ValuesOf(groups, chosen.Key));
    }

    /// <summary>Each township's value of one indicator in a year (null where it does not state it); only its source is asked.</summary>
    public async Task<IReadOnlyDictionary<Guid, Indicator?>> OneAsync(IReadOnlyCollection<Guid> townshipIds, int year, string key, CancellationToken ct) =>
        ValuesOf(await indicators.ForTownshipsAsync(townshipIds, year, ct, onlyKey: key), key);

    private static Dictionary<Guid, Indicator?> ValuesOf(IReadOnlyDictionary<Guid, List<SourcedGroup>> groups, string key) =>
        groups.ToDictionary(t => t.Key, t => t.Value.SelectMany(g => g.Group.Indicators).FirstOrDefault(i => i.Key == key));

    /// <summary>A township's indicators in the order of its report: part, the group's place in it, then the module.</summary>
    private static IEnumerable<(IndicatorGroup Group, Indicator Indicator)> InReportOrder(List<SourcedGroup> groups) =>
        groups.OrderBy(g => g.Group.Part).ThenBy(g => g.Group.Order).ThenBy(g => g.Group.Module, StringComparer.Ordinal)
            .SelectMany(g => g.Group.Indicators.Select(i => (g.Group, i)));

    /// <summary>The label the county reads: the report section, then the figure (严格规范公正文明执法·立案数).</summary>
    private static Indicator Labelled(IndicatorGroup group, Indicator indicator) => indicator with { Label = $"{group.Heading}·{indicator.Label}" };

    /// <summary>Counts are summed; a rate is recomputed from the summed numerators and denominators, never averaged (<see cref="Indicator.TotalOf"/>).</summary>
    public static Indicator Total(Indicator column, IReadOnlyList<Indicator> values) => column.TotalOf(values);
}
