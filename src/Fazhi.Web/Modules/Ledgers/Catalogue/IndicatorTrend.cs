using Fazhi.Modules.Reports.Contracts;

namespace Fazhi.Modules.Ledgers.Catalogue;

/// <summary>One year of an indicator's trend: each requested township's value (in the order asked) and their total.</summary>
internal sealed record TrendYear(int Year, IReadOnlyList<Indicator> Townships, Indicator Total);

/// <summary>An indicator across years for a set of townships (issue 18 §6); <see cref="Indicator"/> is null for an unknown key.</summary>
internal sealed record Trend(Indicator? Indicator, string Heading, IReadOnlyList<TrendYear> Years);

/// <summary>
/// 指标趋势 (issue 18 §6): one indicator across years, for a township or for the county's townships side by side, read
/// through the same source contracts as the report (ADR 0034). The latest year asks every source once (grouped over the
/// townships) to learn which one states the key; each earlier year asks only that source — one grouped query set per
/// source per year, never per township. Each year is year-true, because each source is.
/// </summary>
internal sealed class IndicatorTrend(IEnumerable<IIndicatorSource> sources, IEnumerable<IIndicatorGroupsSource> groupSources)
{
    /// <summary>The years shown: the chosen one and the four before it, as the county console shows a figure.</summary>
    public const int YearsShown = 5;

    public async Task<Trend> ForTownshipsAsync(IReadOnlyList<Guid> townshipIds, string key, int lastYear, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(townshipIds);
        var years = Enumerable.Range(lastYear - YearsShown + 1, YearsShown).ToList();
        Func<int, Task<IReadOnlyDictionary<Guid, IReadOnlyList<IndicatorGroup>>>>? answering = null;
        var byYear = new Dictionary<int, IReadOnlyDictionary<Guid, IReadOnlyList<IndicatorGroup>>>();

        foreach (var source in sources)
        {
            var answer = Wrap(await source.ForTownshipsAsync(townshipIds, lastYear, ct));
            if (States(answer, key))
            {
                answering = async y => Wrap(await source.ForTownshipsAsync(townshipIds, y, ct));
                byYear[lastYear] = answer;
                break;
            }
        }

        if (answering is null)
        {
            foreach (var source in groupSources)
            {
                var answer = await source.ForTownshipsAsync(townshipIds, lastYear, ct);
                if (States(answer, key))
                {
                    answering = async y => await source.ForTownshipsAsync(townshipIds, y, ct);
                    byYear[lastYear] = answer;
                    break;
                }
            }
        }

        if (answering is null)
        {
            return new Trend(null, "", []);
        }

        foreach (var year in years.Where(y => y != lastYear))
        {
            byYear[year] = await answering(year);
        }

        var (heading, column) = byYear[lastYear].Values.SelectMany(g => g)
            .SelectMany(g => g.Indicators.Select(i => (g.Heading, Indicator: i))).First(x => x.Indicator.Key == key);
        // A township with nothing configured under the key (a configured ledger of another township) shows “—”.
        var empty = column with { Value = null, Part = null, Whole = null };
        return new Trend(column, heading, [.. years.Select(y =>
        {
            IReadOnlyList<Indicator> values = [.. townshipIds.Select(id => Find(byYear[y], id, key) ?? empty)];
            return new TrendYear(y, values, column.TotalOf(values));
        })]);
    }

    private static Dictionary<Guid, IReadOnlyList<IndicatorGroup>> Wrap(IReadOnlyDictionary<Guid, IndicatorGroup> answer) =>
        answer.ToDictionary(a => a.Key, a => (IReadOnlyList<IndicatorGroup>)[a.Value]);

    private static bool States(IReadOnlyDictionary<Guid, IReadOnlyList<IndicatorGroup>> answer, string key) =>
        answer.Values.Any(groups => groups.Any(g => g.Indicators.Any(i => i.Key == key)));

    private static Indicator? Find(IReadOnlyDictionary<Guid, IReadOnlyList<IndicatorGroup>> answer, Guid townshipId, string key) =>
        answer.TryGetValue(townshipId, out var groups) ? groups.SelectMany(g => g.Indicators).FirstOrDefault(i => i.Key == key) : null;
}
