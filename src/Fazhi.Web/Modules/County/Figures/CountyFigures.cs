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
internal sealed class CountyFigures(FazhiDbContext db, IEnumerable<IIndicatorSource> sources, IEnumerable<IIndicatorGroupsSource> groupSources)
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
    public async Task<IReadOnlyDictionary<Guid, List<Indicator>>> ForYearAsync(IReadOnlyCollection<Guid> townshipIds, int year, CancellationToken ct)
    {
        var indicators = townshipIds.Distinct().ToDictionary(id => id, _ => new List<(IndicatorGroup Group, Indicator Indicator)>());
        foreach (var source in sources)
        {
            foreach (var (townshipId, group) in await source.ForTownshipsAsync(townshipIds, year, ct))
            {
                indicators[townshipId].AddRange(group.Indicators.Select(i => (group, i with { Label = $"{group.Heading}·{i.Label}" })));
            }
        }

        foreach (var source in groupSources)
        {
            foreach (var (townshipId, groups) in await source.ForTownshipsAsync(townshipIds, year, ct))
            {
                indicators[townshipId].AddRange(groups.SelectMany(group => group.Indicators.Select(i => (group, i with { Label = $"{group.Heading}·{i.Label}" }))));
            }
        }

        return indicators.ToDictionary(t => t.Key, t => t.Value
            .OrderBy(g => g.Group.Part).ThenBy(g => g.Group.Order).ThenBy(g => g.Group.Module, StringComparer.Ordinal)
            .Select(g => g.Indicator).ToList());
    }

    /// <summary>Counts are summed; a rate is recomputed from the summed numerators and denominators, never averaged.</summary>
    public static Indicator Total(Indicator column, IReadOnlyList<Indicator> values) => column.IsRate
        ? column with { Part = values.Sum(v => v.Part ?? 0), Whole = values.Sum(v => v.Whole ?? 0), Value = Indicator.RateValue(values.Sum(v => v.Part ?? 0), values.Sum(v => v.Whole ?? 0)) }
        : column with { Value = values.Sum(v => v.Value ?? 0) };
}
