using System.Globalization;

namespace Fazhi.Modules.Education.Figures;

/// <summary>
/// How the seeds write counts of materials and people reached: “8000余份”, “5680余人次”, “19680余册”, “300余册”,
/// “覆盖师生600余人”. A count of 100 or more is written to the ten below it, with 余 when units were dropped (8006 →
/// 8000余, 5683 → 5680余, 19684 → 19680余, 306 → 300余, 604 → 600余); a whole ten is written as it is (1200), and below
/// 100, and for counts of sessions, the exact figure is written (33条, 60张). The indicator keeps the exact value; only
/// the sentence rounds.
/// </summary>
internal static class Approximately
{
    public static string Write(int count)
    {
        if (count < 100)
        {
            return count.ToString(CultureInfo.InvariantCulture);
        }

        var rounded = count / 10 * 10;
        return rounded.ToString(CultureInfo.InvariantCulture) + (rounded < count ? "余" : "");
    }
}
