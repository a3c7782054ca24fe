using System.Collections.Concurrent;
using Fazhi.Platform.Caching;

namespace Fazhi.Modules.Reports.Contracts;

/// <summary>A township's group of indicators, and whether a configured ledger states it rather than a typed module.</summary>
internal sealed record SourcedGroup(IndicatorGroup Group, bool Configured);

/// <summary>
/// Every registered indicator source asked for a set of townships and a year, each answer kept under the townships'
/// record stamps (<see cref="StampedCache"/>, ADR 0033), so the county console, the indicator catalogue and the
/// trends read one computation of a source's year and agree with each other. Each township's answer is kept under its
/// own stamp (ADR 0039): a save in one township has only that township asked again. Each source answers for all the
/// townships it is asked for at once, so the number of queries does not grow with them (ADR 0020).
/// </summary>
internal sealed class StampedIndicators(IEnumerable<IIndicatorSource> sources, IEnumerable<IIndicatorGroupsSource> groupSources, StampedCache kept)
{
    // Which source states a key. A key belongs to one source for the life of the process (keys are named by module, and
    // a configured ledger's by its ledger), so what one request learns spares the next from asking every source.
    private static readonly ConcurrentDictionary<string, Type> SourceOfKey = new(StringComparer.Ordinal);

    /// <summary>
    /// Each township's groups, in the order the sources are registered. With <paramref name="onlyKey"/>, only the source
    /// known to state that key is asked (a figure across five years needs one source per year); a key not yet seen
    /// asks every source, which teaches it.
    /// </summary>
    public async Task<IReadOnlyDictionary<Guid, List<SourcedGroup>>> ForTownshipsAsync(IReadOnlyCollection<Guid> townshipIds, int year, CancellationToken ct, string? onlyKey = null)
    {
        ArgumentNullException.ThrowIfNull(townshipIds);
        var result = townshipIds.Distinct().ToDictionary(id => id, _ => new List<SourcedGroup>());
        var known = onlyKey is not null && SourceOfKey.TryGetValue(onlyKey, out var answered) ? answered : null;
        foreach (var asked in sources.Where(s => known is null || s.GetType() == known))
        {
            var answer = await kept.GetOrComputeEachAsync((asked.GetType().FullName, year), townshipIds, unkept => asked.ForTownshipsAsync(unkept, year, ct), ct);
            foreach (var (townshipId, group) in answer)
            {
                Learn(group, asked.GetType());
                result[townshipId].Add(new SourcedGroup(group, Configured: false));
            }
        }

        foreach (var asked in groupSources.Where(s => known is null || s.GetType() == known))
        {
            var answer = await kept.GetOrComputeEachAsync((asked.GetType().FullName, year), townshipIds, unkept => asked.ForTownshipsAsync(unkept, year, ct), ct);
            foreach (var (townshipId, groups) in answer)
            {
                foreach (var group in groups)
                {
                    Learn(group, asked.GetType());
                    result[townshipId].Add(new SourcedGroup(group, Configured: true));
                }
            }
        }

        return result;
    }

    private static void Learn(IndicatorGroup group, Type source)
    {
        foreach (var indicator in group.Indicators)
        {
            SourceOfKey.TryAdd(indicator.Key, source);
        }
    }
}
