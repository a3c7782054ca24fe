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
        return groups.ToDictionary(t => t.Key, t => t.Value
            .OrderBy(g => g.Group.Part).ThenBy(g => g.Group.Order).ThenBy(g => g.Group.Module, StringComparer.Ordinal)
            .SelectMany(g => g.Group.Indicators.Select(i => i with { Label = $"{g.Group.Heading}·{i.Label}" })).ToList());
    }

    /// <summary>Counts are summed; a rate is recomputed from the summed numerators and denominators, never averaged (<see cref="Indicator.TotalOf"/>).</summary>
    public static Indicator Total(Indicator column, IReadOnlyList<Indicator> values) => column.TotalOf(values);
}
