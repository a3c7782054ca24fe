using Fazhi.Modules.Organization;
using Fazhi.Modules.Reports.Contracts;
using Fazhi.Platform.Caching;
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
/// Each source's answer for a set of townships and a year is kept under the townships' record stamps
/// (<see cref="StampedFigures"/>, ADR 0033): the county's pages read one digest instead of running every source again.
/// </remarks>
internal sealed class CountyFigures(FazhiDbContext db, IEnumerable<IIndicatorSource> sources, IEnumerable<IIndicatorGroupsSource> groupSources, StampedFigures kept)
{
    // Which source answered each key, learned from the answers of this scope (one request).
    private readonly Dictionary<string, object> _sourceOfKey = new(StringComparer.Ordinal);

    private void Learn(IndicatorGroup group, object source)
    {
        foreach (var indicator in group.Indicators)
        {
            _sourceOfKey[indicator.Key] = source;
        }
    }

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
    /// With <paramref name="onlyKey"/>, only the source that answered that key in an earlier call of this request is
    /// asked (the dashboard's one figure across five years needs one source per year, not all of them); a key not yet
    /// seen asks every source.
    /// </remarks>
    public async Task<IReadOnlyDictionary<Guid, List<Indicator>>> ForYearAsync(IReadOnlyCollection<Guid> townshipIds, int year, CancellationToken ct, string? onlyKey = null)
    {
        var indicators = townshipIds.Distinct().ToDictionary(id => id, _ => new List<(IndicatorGroup Group, Indicator Indicator)>());
        var known = onlyKey is not null && _sourceOfKey.TryGetValue(onlyKey, out var answered) ? answered : null;
        foreach (var asked in sources.Where(s => known is null || s == known))
        {
            foreach (var (townshipId, group) in await kept.GetOrComputeAsync((asked.GetType().FullName, year), townshipIds, () => asked.ForTownshipsAsync(townshipIds, year, ct), ct))
            {
                Learn(group, asked);
                indicators[townshipId].AddRange(group.Indicators.Select(i => (group, i with { Label = $"{group.Heading}·{i.Label}" })));
            }
        }

        foreach (var asked in groupSources.Where(s => known is null || s == known))
        {
            foreach (var (townshipId, groups) in await kept.GetOrComputeAsync((asked.GetType().FullName, year), townshipIds, () => asked.ForTownshipsAsync(townshipIds, year, ct), ct))
            {
                foreach (var group in groups)
                {
                    Learn(group, asked);
                }

                indicators[townshipId].AddRange(groups.SelectMany(group => group.Indicators.Select(i => (group, i with { Label = $"{group.Heading}·{i.Label}" }))));
            }
        }

        return indicators.ToDictionary(t => t.Key, t => t.Value
            .OrderBy(g => g.Group.Part).ThenBy(g => g.Group.Order).ThenBy(g => g.Group.Module, StringComparer.Ordinal)
            .Select(g => g.Indicator).ToList());
    }

    /// <summary>Counts are summed; a rate is recomputed from the summed numerators and denominators, never averaged (<see cref="Indicator.TotalOf"/>).</summary>
    public static Indicator Total(Indicator column, IReadOnlyList<Indicator> values) => column.TotalOf(values);
}
