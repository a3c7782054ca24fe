using Fazhi.Modules.Reports.Contracts;

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
/// Read through <see cref="StampedIndicators"/>, as the county console reads: each source's year is computed once under
/// the townships' record stamps (ADR 0033), so the catalogue and the dashboard agree and neither runs every source on
/// each visit (for 2,000 townships that took seconds, bench/Fazhi.Bench.Scale).
/// </remarks>
internal sealed class IndicatorCatalogue(StampedIndicators indicators)
{
    public async Task<IReadOnlyList<CatalogueEntry>> ForTownshipsAsync(IReadOnlyCollection<Guid> townshipIds, int year, CancellationToken ct)
    {
        var groups = (await indicators.ForTownshipsAsync(townshipIds, year, ct)).Values.SelectMany(g => g).ToList();
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
