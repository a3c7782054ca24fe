using System.Globalization;

namespace Fazhi.Platform.Text;

/// <summary>
/// Chinese numerals as official documents write them: 第二十一条, （十二）, 一百零五. GB/T 9704 headings and the articles of a
/// normative document count this way; one implementation so the report's subheadings and a document's articles agree
/// (the report copy used to print 21 instead of 二十一).
/// </summary>
public static class ChineseNumerals
{
    private const string Digits = "零一二三四五六七八九";

    /// <summary>0–99 999 in Chinese numerals; 十 alone for 10–19 (十二, not 一十二), 零 for a skipped place (一百零五).</summary>
    public static string Format(int number)
    {
        if (number is < 0 or > 99_999)
        {
            return number.ToString(CultureInfo.InvariantCulture);
        }

        if (number < 10)
        {
            return Digits[number].ToString();
        }

        if (number < 20)
        {
            return "十" + (number == 10 ? "" : Digits[number - 10].ToString());
        }

        ReadOnlySpan<(int Value, char Unit)> places = [(10_000, '万'), (1_000, '千'), (100, '百'), (10, '十')];
        var text = new System.Text.StringBuilder();
        var rest = number;
        var zeroPending = false;
        foreach (var (value, unit) in places)
        {
            var digit = rest / value;
            rest %= value;
            if (digit == 0)
            {
                zeroPending = text.Length > 0;
                continue;
            }

            if (zeroPending)
            {
                text.Append('零');
                zeroPending = false;
            }

            text.Append(Digits[digit]).Append(unit);
        }

        if (rest > 0)
        {
            if (zeroPending)
            {
                text.Append('零');
            }

            text.Append(Digits[rest]);
        }

        return text.ToString();
    }

    /// <summary>One of the characters Chinese numerals are written with (〇零一…九十百千万).</summary>
    public static bool IsNumeral(char c) => c == '〇' || Digits.Contains(c, StringComparison.Ordinal) || "十百千万".Contains(c, StringComparison.Ordinal);

    /// <summary>A number written in Chinese numerals (or Arabic digits) back to an integer; 0 when it is not one.</summary>
    public static int Parse(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var arabic))
        {
            return arabic;
        }

        var total = 0;
        var section = 0;
        var current = 0;
        foreach (var c in value)
        {
            var digit = c == '〇' ? 0 : Digits.IndexOf(c, StringComparison.Ordinal);
            if (digit >= 0)
            {
                current = digit;
                continue;
            }

            switch (c)
            {
                case '十' or '百' or '千':
                    var unit = c switch { '十' => 10, '百' => 100, _ => 1000 };
                    section += (current == 0 ? 1 : current) * unit;
                    current = 0;
                    break;
                case '万':
                    total += (section + current) * 10_000;
                    section = 0;
                    current = 0;
                    break;
                default:
                    return 0;
            }
        }

        return total + section + current;
    }
}
