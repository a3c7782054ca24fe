using System.Text.RegularExpressions;

namespace Fazhi.Platform.Text;

/// <summary>One article (条) of a normative text, numbered as the text numbers it.</summary>
public sealed record Article(int Number, string Text);

/// <summary>
/// A normative text cut into its articles at the headings 第N条 that begin a line (《规章制定程序条例》 and the
/// township's own format number articles in Chinese numerals). The legality review flags and the public comment on a
/// draft both address an article by this number.
/// </summary>
public static partial class ArticleText
{
    public static IReadOnlyList<Article> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var matches = ArticleHeading().Matches(text);
        var result = new List<Article>();
        for (var i = 0; i < matches.Count; i++)
        {
            var start = matches[i].Index;
            var end = i + 1 < matches.Count ? matches[i + 1].Index : text.Length;
            var number = ChineseNumerals.Parse(matches[i].Groups[1].Value);
            if (number > 0)
            {
                result.Add(new Article(number, text[start..end].Trim()));
            }
        }

        return result;
    }

    /// <summary>第N条 in Chinese numerals, e.g. 12 → 第十二条.</summary>
    public static string Label(int number) => $"第{ChineseNumerals.Format(number)}条";

    [GeneratedRegex("(?m)^\\s*第([一二三四五六七八九十百千万零〇0-9]+)条")]
    private static partial Regex ArticleHeading();
}
