using Fazhi.Modules.County.Assessment.Model;
using Fazhi.Modules.County.Figures;
using Fazhi.Modules.Reports.Contracts;
using Fazhi.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.County.Assessment.Scores;

/// <summary>One line of a township's score: the figure behind it and the points it earns.</summary>
internal sealed record LineScore(int Order, string IndicatorKey, string Item, string Unit, decimal? Value, string Figure, decimal Points, decimal MaxPoints, string Scoring);

/// <summary>A township's score on the sheet; <see cref="Rank"/> is its place among the county's townships (1 = best).</summary>
internal sealed record TownshipScore(Guid TownshipId, string Township, string DivisionCode, IReadOnlyList<LineScore> Lines, decimal Total, int Rank);

/// <summary>
/// The scores of a county's sheet, computed from the records: the sheet's indicators come from
/// <see cref="CountyFigures"/> for every township at once (one grouped query per source, never a query per township,
/// ADR 0020), and each line's named <see cref="ScoringRule"/> turns the figure into points.
/// </summary>
internal sealed class AssessmentScores(FazhiDbContext db, CountyFigures figures)
{
    public async Task<AssessmentSheet?> SheetAsync(Guid? countyId, int year, CancellationToken ct) =>
        countyId is null ? null
        : await db.Set<AssessmentSheet>().AsNoTracking().Include(s => s.Lines).SingleOrDefaultAsync(s => s.CountyId == countyId && s.Year == year, ct);

    /// <summary>The years the county has sheets for, latest first.</summary>
    public async Task<IReadOnlyList<int>> YearsAsync(Guid? countyId, CancellationToken ct) =>
        await db.Set<AssessmentSheet>().AsNoTracking().Where(s => s.CountyId == countyId).OrderByDescending(s => s.Year).Select(s => s.Year).ToListAsync(ct);

    /// <summary>The scores of <paramref name="townships"/> (the county's, or a township's own), ranked by total.</summary>
    public async Task<IReadOnlyList<TownshipScore>> ScoresAsync(AssessmentSheet sheet, IReadOnlyList<CountyTownship> townships, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        ArgumentNullException.ThrowIfNull(townships);
        var values = await figures.ForYearAsync([.. townships.Select(t => t.Id)], sheet.Year, ct);
        var stated = values.ToDictionary(v => v.Key, v => v.Value.GroupBy(i => i.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal));
        // A line is named and measured the same for every township (the Excel's columns), from any township stating it.
        var named = sheet.Lines.ToDictionary(l => l.Order, l => stated.Values.Select(s => s.GetValueOrDefault(l.IndicatorKey)).FirstOrDefault(i => i is not null));
        var scored = townships.Select(t =>
        {
            var lines = sheet.Lines.OrderBy(l => l.Order).Select(l => Score(l, stated[t.Id].GetValueOrDefault(l.IndicatorKey), named[l.Order])).ToList();
            return (Township: t, Lines: lines, Total: lines.Sum(l => l.Points));
        }).ToList();
        // Equal totals share a rank (1, 2, 2, 4), as 考核 results are announced.
        return [.. scored.Select(s => new TownshipScore(s.Township.Id, s.Township.Name, s.Township.DivisionCode, s.Lines, s.Total,
            1 + scored.Count(o => o.Total > s.Total)))];
    }

    /// <summary>
    /// A township's own score: the sheet of its county for the year (the latest sheet's year when none is asked) scored
    /// over that township alone — its tenant reads only its own records, and no other township is asked.
    /// </summary>
    public async Task<(int Year, AssessmentSheet? Sheet, TownshipScore? Score)> OwnAsync(Guid? countyId, Guid? townshipId, int? year, int fallbackYear, CancellationToken ct)
    {
        var chosen = year is >= 2000 and <= 2100 ? year.Value : (await YearsAsync(countyId, ct)).FirstOrDefault(fallbackYear);
        var sheet = await SheetAsync(countyId, chosen, ct);
        var own = sheet is null || townshipId is null ? null : (await figures.TownshipsAsync(ct)).SingleOrDefault(t => t.Id == townshipId);
        return (chosen, sheet, own is null ? null : (await ScoresAsync(sheet!, [own], ct))[0] with { Rank = 0 });
    }

    private static LineScore Score(AssessmentLine line, Indicator? indicator, Indicator? named)
    {
        var rule = ScoringRule.Of(line.Rule);
        var unit = named?.Unit ?? "";
        var points = rule.Score(indicator?.Value, indicator is not null, line.MaxPoints, line.Target, line.Deduction);
        var figure = indicator is null ? "未记录" : indicator.Value is null ? "无应计事项" : indicator.FormattedValue + unit;
        // CountyFigures labels a figure with its report heading (严格规范公正文明执法·行政处罚案件立案数); the sheet names the figure.
        var item = line.Item.Length > 0 ? line.Item : named?.Label[(named.Label.IndexOf('·', StringComparison.Ordinal) + 1)..] ?? line.IndicatorKey;
        return new LineScore(line.Order, line.IndicatorKey, item, unit, indicator?.Value, figure, points, line.MaxPoints, rule.Describe(line.MaxPoints, line.Target, line.Deduction, unit));
    }
}
