using System.Globalization;

namespace Fazhi.Modules.Documents.Registration;

/// <summary>统一编号: the 文号 from the configured pattern, e.g. 小江府规〔2026〕1号.</summary>
internal static class DocumentNumbering
{
    public static string Format(string pattern, string shortName, int year, int sequence)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        return pattern
            .Replace("{short}", shortName, StringComparison.Ordinal)
            .Replace("{year}", year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{n:000}", sequence.ToString("000", CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{n}", sequence.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    /// <summary>The next number in the year: one more than the highest issued, so numbers run 1, 2, 3… without reuse.</summary>
    public static int Next(IEnumerable<int> issuedInYear) => issuedInYear.DefaultIfEmpty(0).Max() + 1;
}
