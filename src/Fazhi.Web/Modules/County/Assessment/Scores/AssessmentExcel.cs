using MiniExcelLibs;

namespace Fazhi.Modules.County.Assessment.Scores;

/// <summary>
/// 考核得分表 as the county office circulates it: one row per township in rank order — 排名, 乡镇, then for each line the
/// figure and the points (名称（分值）), and 总分.
/// </summary>
internal static class AssessmentExcel
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public const string Sheet = "考核得分";

    public static byte[] Export(IReadOnlyList<TownshipScore> scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var rows = scores.OrderBy(s => s.Rank).ThenBy(s => s.DivisionCode, StringComparer.Ordinal).Select(s =>
        {
            var row = new Dictionary<string, object?> { ["排名"] = s.Rank, ["乡镇"] = s.Township };
            foreach (var line in s.Lines)
            {
                row[$"{line.Order}.{line.Item}（数值）"] = line.Value is { } v ? v : (object)line.Figure;
                row[$"{line.Order}.{line.Item}（得分/{line.MaxPoints:0.##}）"] = line.Points;
            }

            row["总分"] = s.Total;
            return row;
        }).ToList();
        using var stream = new MemoryStream();
        stream.SaveAs(rows, sheetName: Sheet);
        return stream.ToArray();
    }
}
