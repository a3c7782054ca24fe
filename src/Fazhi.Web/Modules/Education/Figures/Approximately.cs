using System.Globalization;

namespace Fazhi.Modules.Education.Figures;

/// <summary>
/// How the seeds write large counts of materials and people reached: “8000余份”, “5680余人次”, “19680余册”. A count of
/// 1,000 or more is rounded down to three significant digits and written with 余 when anything was dropped (8006 →
/// 8000余, 5683 → 5680余, 19684 → 19680余, 15037 → 15000余); below 1,000, and for counts of sessions, the exact figure is
/// written. The indicator keeps the exact value; only the sentence rounds.
/// </summary>
internal static class Approximately
{
    public static string Write(int count)
    {
        if (count < 1000)
        {
            return count.ToString(CultureInfo.InvariantCulture);
        }

        var digits = count.ToString(CultureInfo.InvariantCulture).Length;
        var step = (int)Math.Pow(10, digits - 3);
        var rounded = count / step * step;
        return rounded.ToString(CultureInfo.InvariantCulture) + (rounded < count ? "余" : "");
    }
}
