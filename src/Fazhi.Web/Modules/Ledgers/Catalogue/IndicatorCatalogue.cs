using Fazhi.Modules.Reports.Contracts;
using Fazhi.Platform.Caching;

namespace Fazhi.Modules.Ledgers.Catalogue;

/// <summary>One indicator as the catalogue lists it: what it is, where the report states it, and the records behind it.</summary>
internal sealed record CatalogueEntry(string Key, string Label, string Unit, string Definition, ReportPart Part, string Heading, bool Configured, string LinkToRecords, decimal? Value, int Townships)
{
    /// <summary>The indicator across years (issue 18 §6), on the township's or the county's trend page.</summary>
    public string? TrendLink { get; init; }
}

/// <summary>
/// 指标目录 (issue 18 §2): every indicator the registered sources state — the typed modules' and the configured
/// ledgers' — read through the same contracts the report and the county console read, for a set of townships and a
/// year (each source once, grouped over the townships).
/// </summary>
/// <remarks>
/// Each source's answer is kept under the townships' record stamps (<see cref="StampedFigures"/>, ADR 0033) with the same
/// key as the county console's (the source and the year), so the catalogue and the dashboard compute a year once: for
/// 2,000 townships running every source took seconds on each visit (bench/Fazhi.Bench.Scale).
/// </remarks>
internal sealed class IndicatorCatalogue(IEnumerable<IIndicatorSource> sources, IEnumerable<IIndicatorGroupsSource> groupSources, StampedFigures kept)
{
    public async Task<IReadOnlyList<CatalogueEntry>> ForTownshipsAsync(IReadOnlyCollection<Guid> townshipIds, int year, CancellationToken ct)
    {
        var groups = new List<(IndicatorGroup Group, bool Configured)>();
        foreach (var source in sources)
        {
            var answer = await kept.GetOrComputeAsync((source.GetType().FullName, year), townshipIds, () => source.ForTownshipsAsync(townshipIds, year, ct), ct);
            groups.AddRange(answer.Values.Select(g => (g, false)));
        }

        foreach (var source in groupSources)
        {
            var answer = await kept.GetOrComputeAsync((source.GetType().FullName, year), townshipIds, () => source.ForTownshipsAsync(townshipIds, year, ct), ct);
            groups.AddRange(answer.Values.SelectMany(g => g).Select(g => (g, true)));
        }

        return [.. groups
            .SelectMany(g => g.Group.Indicators.Select(i => (g.Group, g.Configured, Indicator: i)))
            .GroupBy(x => x.Indicator.Key, StringComparer.Ordinal)
            .Select(same =>
            {
                var first = same.First();
                var values = same.Select(x => x.Indicator).ToList();
                var total = first.Indicator.TotalOf(values).Value;
                return new CatalogueEntry(first.Indicator.Key, first.Indicator.Label, first.Indicator.Unit, Definition(first.Indicator.SentenceTemplate),
                    first.Group.Part, first.Group.Heading, first.Configured, first.Indicator.LinkToRecords, total, values.Count);
            })
            .OrderBy(e => e.Part).ThenBy(e => e.Configured).ThenBy(e => e.Heading, StringComparer.Ordinal).ThenBy(e => e.Key, StringComparer.Ordinal)];
    }

    /// <summary>The sentence clause with the place of the figure shown, e.g. 行政处罚案件立案共__宗 → 行政处罚案件立案共〔数值〕.</summary>
    public static string Definition(string template) => template.Replace("{0}", "〔数值〕", StringComparison.Ordinal);
}
