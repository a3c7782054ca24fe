using System.Globalization;

namespace Fazhi.Modules.Reports.Contracts;

/// <summary>
/// One named figure of a township's year, as the annual report states it (issue 5 §1). <see cref="Value"/> is null
/// for a rate whose denominator is zero: the report then leaves the sentence fragment out rather than print "0%".
/// </summary>
/// <param name="Key">Stable key, e.g. <c>enforcement.cases-filed</c>.</param>
/// <param name="Label">Chinese label, e.g. 行政处罚案件立案数.</param>
/// <param name="Unit">件, 宗, 次, 人次, 份, 人, 项, % or 万元.</param>
/// <param name="Value">The figure, computed from the records.</param>
/// <param name="SentenceTemplate">The clause of the seeds' sentence, with <c>{0}</c> for the value, e.g. 行政处罚案件立案共{0}宗.</param>
/// <param name="LinkToRecords">Workspace page listing the records behind the figure.</param>
/// <param name="Part">For a rate: the counted records (numerator), so that totals over townships are recomputed, not averaged.</param>
/// <param name="Whole">For a rate: the records it is a share of (denominator).</param>
public sealed record Indicator(string Key, string Label, string Unit, decimal? Value, string SentenceTemplate, string LinkToRecords, int? Part = null, int? Whole = null)
{
    public bool IsRate => Whole is not null;

    /// <summary>
    /// Whether the report's sentence states it. A figure the seed reports never state (罚款总额, 简易程序案件数, …) is
    /// still in the catalogue, the county comparison and the trends, but it does not lengthen the drafted sentence.
    /// </summary>
    public bool InSentence { get; init; } = true;

    /// <summary>This figure, kept out of the drafted sentence (see <see cref="InSentence"/>).</summary>
    public Indicator NotStated() => this with { InSentence = false };

    /// <summary>An average over records (e.g. days to close): townships' values are not summed into a total.</summary>
    public bool IsAverage { get; init; }

    /// <summary>An average in days (one decimal); null when nothing was counted, so the figure shows “—” rather than 0.</summary>
    public static Indicator AverageDays(string key, string label, double? average, string template, string link) =>
        new(key, label, "天", average is { } a ? Math.Round((decimal)a, 1, MidpointRounding.AwayFromZero) : null, template, link) { IsAverage = true };

    /// <summary>
    /// The total of several townships' values of this indicator: counts summed; a rate recomputed from the summed parts
    /// and wholes, never averaged; an average has no total without its counts, so it is the one value or none.
    /// </summary>
    public Indicator TotalOf(IReadOnlyCollection<Indicator> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (IsRate)
        {
            int part = values.Sum(v => v.Part ?? 0), whole = values.Sum(v => v.Whole ?? 0);
            return this with { Part = part, Whole = whole, Value = RateValue(part, whole) };
        }

        return IsAverage ? this with { Value = values.Count == 1 ? values.First().Value : null } : this with { Value = values.Sum(v => v.Value ?? 0) };
    }

    /// <summary>A count of records.</summary>
    public static Indicator Count(string key, string label, string unit, int value, string template, string link) =>
        new(key, label, unit, value, template, link);

    /// <summary>
    /// A rate in percent, computed from its two counts (never typed in): one decimal, null when nothing was counted.
    /// </summary>
    public static Indicator Rate(string key, string label, int part, int whole, string template, string link) =>
        new(key, label, "%", RateValue(part, whole), template, link, part, whole);

    /// <summary>part / whole in percent with one decimal; null when whole is zero.</summary>
    public static decimal? RateValue(int part, int whole) =>
        whole == 0 ? null : Math.Round(100m * part / whole, 1, MidpointRounding.AwayFromZero);

    /// <summary>The value as the report prints it: integers without decimals, rates with at most one, 万元 with two (约73.39万元).</summary>
    public string FormattedValue => Value is null ? "—"
        : Value.Value == decimal.Truncate(Value.Value) ? decimal.Truncate(Value.Value).ToString(CultureInfo.InvariantCulture)
        : Value.Value.ToString(Unit == "万元" ? "0.##" : "0.#", CultureInfo.InvariantCulture);

    /// <summary>The clause with the value and unit filled in, e.g. 行政处罚案件立案共14宗; null when there is no value.</summary>
    public string? Clause => Value is null ? null
        : string.Format(CultureInfo.InvariantCulture, SentenceTemplate, FormattedValue + (Unit == "%" ? "%" : Unit));
}

/// <summary>
/// Where a group's sentence goes in the annual report: the report items of 法治政府建设与责任落实督察工作规定
/// 第二十五条 — (一) 主要举措和成效, (三) 党政主要负责人履行推进法治建设第一责任人职责的情况.
/// </summary>
public enum ReportPart
{
    /// <summary>一、主要举措和成效.</summary>
    Achievements = 1,

    /// <summary>三、党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况.</summary>
    Leadership = 3,
}

/// <summary>
/// The figures one module contributes to part 一 (or, with <see cref="Part"/>, part 三) of the report: a subsection heading (level-2, 楷体) and the
/// indicators whose clauses make up its sentence, e.g. “本年度行政处罚案件立案共14宗，已结案7宗，在办7宗……”.
/// </summary>
/// <remarks>
/// Part 一 is 主要举措和成效: like the five seed reports, it states what was done and never a count of nothing
/// (“制定印发行政规范性文件0件，公开发布0件……”). A count of zero is left out of the sentence, and a subsection with
/// nothing recorded is left out of the draft; the figures table still shows every zero (ADR 0009).
/// </remarks>
/// <param name="Module">Module key, e.g. <c>enforcement</c>; also the order key.</param>
/// <param name="Order">Position of the subsection within part 一.</param>
/// <param name="Heading">Subsection heading without its number, e.g. 严格规范公正文明执法.</param>
/// <param name="Lead">Words before the first clause, e.g. 本年度.</param>
/// <param name="Indicators">The figures, in sentence order.</param>
public sealed record IndicatorGroup(string Module, int Order, string Heading, string Lead, IReadOnlyList<Indicator> Indicators)
{
    /// <summary>The report part the sentence is drafted into; 一 unless the module says otherwise.</summary>
    public ReportPart Part { get; init; } = ReportPart.Achievements;

    /// <summary>
    /// The sentence in the seeds' style: rates without a value and counts of zero are left out; empty when nothing
    /// was recorded. A rate of 0% of something recorded stays: it is a fact about records, not their absence.
    /// </summary>
    public string Sentence
    {
        get
        {
            var clauses = Indicators.Where(i => i.InSentence && (i.IsRate || i.Value != 0)).Select(i => i.Clause).OfType<string>().ToList();
            return clauses.Count == 0 ? "" : Lead + string.Join("，", clauses) + "。";
        }
    }

    /// <summary>Something was recorded: the subsection has a sentence in the draft.</summary>
    public bool HasRecords => Sentence.Length > 0;
}

/// <summary>
/// A module's published figures for a year. Modules plug into the report and the county console by registering one
/// (<c>services.AddScoped&lt;IIndicatorSource, …&gt;()</c>); the Reports module reads every registered source.
/// Implementations read records through the tenant filter, so a township sees its own and the county its townships.
/// </summary>
/// <remarks>
/// A source answers for a set of townships at once with one grouped query (or a fixed few), never a query per
/// township: the county console compares all its townships across years, and its cost must not grow with their
/// number (ADR 0020). Figures are year-true: what stood in that year, not the present state. A township's group comes
/// from that township's records only: it is kept under that township's record stamp (ADR 0039).
/// </remarks>
public interface IIndicatorSource
{
    /// <summary>The group of every requested township; a township with nothing recorded gets its group of zeros.</summary>
    Task<IReadOnlyDictionary<Guid, IndicatorGroup>> ForTownshipsAsync(IReadOnlyCollection<Guid> townshipIds, int year, CancellationToken cancellationToken);
}

/// <summary>
/// A source whose figures are configured rather than typed (the configured ledgers, issue 18 §1): it contributes any
/// number of groups, each with its own heading and part, drafted and compared exactly like an <see cref="IIndicatorSource"/>'s.
/// The same contract holds: one grouped query (or a fixed few) for all the townships, year-true.
/// </summary>
public interface IIndicatorGroupsSource
{
    /// <summary>The groups of every requested township (an empty list when it configured none).</summary>
    Task<IReadOnlyDictionary<Guid, IReadOnlyList<IndicatorGroup>>> ForTownshipsAsync(IReadOnlyCollection<Guid> townshipIds, int year, CancellationToken cancellationToken);
}

/// <summary>One township's group from a source, for the report of that township.</summary>
public static class IndicatorSourceExtensions
{
    public static async Task<IndicatorGroup> ForTownshipAsync(this IIndicatorSource source, Guid townshipId, int year, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        return (await source.ForTownshipsAsync([townshipId], year, cancellationToken))[townshipId];
    }
}

/// <summary>
/// A suggestion for part 二 (存在的不足和原因) found in the records: an overdue deadline, a filing the county
/// ordered corrected, an expired certificate, a late publication.
/// </summary>
/// <param name="Text">The sentence offered to the drafter.</param>
/// <param name="LinkToRecords">Where the records behind it are.</param>
public sealed record ShortcomingHint(string Text, string LinkToRecords);

/// <summary>A source of part 二 suggestions, registered like <see cref="IIndicatorSource"/>.</summary>
public interface IShortcomingSource
{
    Task<IReadOnlyList<ShortcomingHint>> ForYearAsync(Guid townshipId, int year, CancellationToken cancellationToken);
}
