using Fazhi.Modules.Reports.Contracts;

namespace Fazhi.Modules.Ledgers.Catalogue;

/// <summary>One year of an indicator's trend: each requested township's value (in the order asked) and their total.</summary>
internal sealed record TrendYear(int Year, IReadOnlyList<Indicator> Townships, Indicator Total);

/// <summary>An indicator across years for a set of townships (issue 18 §6); <see cref="Indicator"/> is null for an unknown key.</summary>
internal sealed record Trend(Indicator? Indicator, string Heading, IReadOnlyList<TrendYear> Years);

/// <summary>
/// 指标趋势 (issue 18 §6): one indicator across years, for a township or for the county's townships side by side, read
/// through the same source contracts as the report (ADR 0034) and kept under the same record stamps as the county
/// console (<see cref="StampedIndicators"/>, ADR 0033). Each year asks only the source that states the key (grouped over
/// the townships), never a query per township. Each year is year-true, because each source is.
/// </summary>
internal sealed class IndicatorTrend(StampedIndicators indicators)
{
    /// <summary>The years shown: the chosen one and the four before it, as the county console shows a figure.</summary>
    public const int YearsShown = 5;

    public async Task<Trend> ForTownshipsAsync(IReadOnlyList<Guid> townshipIds, string key, int lastYear, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(townshipIds);
        var years = Enumerable.Range(lastYear - YearsShown + 1, YearsShown).ToList();
        var byYear = new Dictionary<int, IReadOnlyDictionary<Guid, List<SourcedGroup>>>
        {
            [lastYear] = await indicators.ForTownshipsAsync(townshipIds, lastYear, ct, key),
        };
        var stated = byYear[lastYear].Values.SelectMany(g => g)
            .SelectMany(g => g.Group.Indicators.Select(i => (g.Group.Heading, Indicator: i))).FirstOrDefault(x => x.Indicator.Key == key);
        if (stated.Indicator is null)
        {
            return new Trend(null, "", []);
        }

        foreach (var year in years.Where(y => y != lastYear))
        {
            byYear[year] = await indicators.ForTownshipsAsync(townshipIds, year, ct, key);
        }

        var (heading, column) = stated;
        // A township with nothing configured under the key (a configured ledger of another township) shows “—”.
        var empty = column with { Value = null, Part = null, Whole = null };
        return new Trend(column, heading, [.. years.Select(y =>
        {
            IReadOnlyList<Indicator> values = [.. townshipIds.Select(id => Find(byYear[y], id, key) ?? empty)];
            return new TrendYear(y, values, column.TotalOf(values));
        })]);
    }

    private static Indicator? Find(IReadOnlyDictionary<Guid, List<SourcedGroup>> answer, Guid townshipId, string key) =>
        answer.TryGetValue(townshipId, out var groups) ? groups.SelectMany(g => g.Group.Indicators).FirstOrDefault(i => i.Key == key) : null;
}
