using Fazhi.Modules.Organization;
using Fazhi.Modules.Reports.Contracts;
using Fazhi.Platform.Caching;
using Fazhi.Platform.Data;
using Fazhi.Platform.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Fazhi.Modules.County.Figures;

/// <summary>A township of the county as the console lists it.</summary>
internal sealed record CountyTownship(Guid Id, string Name, string DivisionCode, string GovernmentName);

/// <summary>
/// The figures the county compares: every registered <see cref="IIndicatorSource"/> for each township and year, read
/// through the county's tenant filter, labelled with the report section they belong to (严格规范公正文明执法·立案数).
/// </summary>
/// <remarks>
/// Each source's answer for a set of townships and a year is kept in this instance's memory under the digest of those
/// townships' record stamps and Beijing's date (ADR 0033): a committed change of any of their records, through any
/// instance, gives another digest, so a kept answer is never older than the records; the county's pages then read one
/// row per township instead of running every source again.
/// </remarks>
internal sealed class CountyFigures(FazhiDbContext db, IEnumerable<IIndicatorSource> sources, IEnumerable<IIndicatorGroupsSource> groupSources, IMemoryCache cache, TimeProvider clock)
{
    /// <summary>How long an answer is kept without being asked for: it bounds memory, not truth (the digest does that).</summary>
    private static readonly TimeSpan KeptFor = TimeSpan.FromMinutes(30);

    // Which source answered each key, learned from the answers of this scope (one request).
    private readonly Dictionary<string, object> _sourceOfKey = new(StringComparer.Ordinal);

    // The digest is read once per request and township set, so every year and source of one page agree.
    private (Guid[] Townships, string Digest)? _digest;

    private void Learn(IndicatorGroup group, object source)
    {
        foreach (var indicator in group.Indicators)
        {
            _sourceOfKey[indicator.Key] = source;
        }
    }

    private async Task<string> DigestAsync(IReadOnlyCollection<Guid> townshipIds, CancellationToken ct)
    {
        Guid[] ids = [.. townshipIds.Distinct().Order()];
        if (_digest is not { } known || !known.Townships.SequenceEqual(ids))
        {
            _digest = known = (ids, await PortalGenerations.DigestAsync(db, ids, ct));
        }

        return known.Digest;
    }

    private async Task<T> KeptAsync<T>(object source, IReadOnlyCollection<Guid> townshipIds, int year, Func<Task<T>> answer, CancellationToken ct)
    {
        var key = ("county-figures", source.GetType().FullName, await DigestAsync(townshipIds, ct), year, ChinaTime.Today(clock));
        if (cache.TryGetValue(key, out T? kept) && kept is not null)
        {
            return kept;
        }

        var fresh = await answer();
        cache.Set(key, fresh, new MemoryCacheEntryOptions { SlidingExpiration = KeptFor, Size = townshipIds.Count });
        return fresh;
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
            foreach (var (townshipId, group) in await KeptAsync(asked, townshipIds, year, () => asked.ForTownshipsAsync(townshipIds, year, ct), ct))
            {
                Learn(group, asked);
                indicators[townshipId].AddRange(group.Indicators.Select(i => (group, i with { Label = $"{group.Heading}·{i.Label}" })));
            }
        }

        foreach (var asked in groupSources.Where(s => known is null || s == known))
        {
            foreach (var (townshipId, groups) in await KeptAsync(asked, townshipIds, year, () => asked.ForTownshipsAsync(townshipIds, year, ct), ct))
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

    /// <summary>Counts are summed; a rate is recomputed from the summed numerators and denominators, never averaged.</summary>
    public static Indicator Total(Indicator column, IReadOnlyList<Indicator> values) => column.IsRate
        ? column with { Part = values.Sum(v => v.Part ?? 0), Whole = values.Sum(v => v.Whole ?? 0), Value = Indicator.RateValue(values.Sum(v => v.Part ?? 0), values.Sum(v => v.Whole ?? 0)) }
        : column with { Value = values.Sum(v => v.Value ?? 0) };
}
