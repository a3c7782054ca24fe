using Fazhi.Modules.Reports.Contracts;

namespace Fazhi.Modules.County.Console;

/// <summary>
/// How one figure spreads over a county's townships: the highest and lowest (with the township that has it) and the
/// median, over the townships that have a value (“—” is not zero). For a county too large to list township by
/// township, this is what the years table and the comparison's heading say.
/// </summary>
internal sealed record FigureSpread(int WithValue, string? HighestName, decimal? Highest, decimal? Median, string? LowestName, decimal? Lowest)
{
    public static readonly FigureSpread None = new(0, null, null, null, null, null);

    /// <summary>The spread of the values; ties go to the township first in the county's order.</summary>
    public static FigureSpread Of(IReadOnlyList<(string Name, Indicator Value)> townships)
    {
        var valued = townships.Where(t => t.Value.Value is not null).Select(t => (t.Name, Value: t.Value.Value!.Value)).ToList();
        if (valued.Count == 0)
        {
            return None;
        }

        var highest = valued.Aggregate((best, next) => next.Value > best.Value ? next : best);
        var lowest = valued.Aggregate((best, next) => next.Value < best.Value ? next : best);
        var sorted = valued.Select(t => t.Value).Order().ToList();
        var middle = sorted.Count / 2;
        var median = sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        return new(valued.Count, highest.Name, highest.Value, median, lowest.Name, lowest.Value);
    }
}
