using Fazhi.Platform.Text;

namespace Fazhi.Modules.Documents.LegalityReview;

/// <summary>A passage the reviewer should look at: the term, what it may create, and the article it stands in.</summary>
internal sealed record LegalityFlag(int? Article, string Term, string Concern, string Excerpt)
{
    public string ArticleLabel => Article is { } n ? ArticleText.Label(n) : "正文";
}

/// <summary>
/// Automatic hints for the reviewer (115号 (六) 审核内容 items 4–5): terms that suggest the text sets a penalty,
/// licence, fee, compulsory measure or new obligation, which a normative document may not do (37号 一; 行政处罚法 第16条;
/// 行政强制法; 优化营商环境条例 第64条). They are hints, not findings: the reviewer decides.
/// </summary>
internal static class LegalityFlags
{
    private static readonly (string Term, string Concern)[] Terms =
    [
        ("罚款", "行政处罚"),
        ("没收", "行政处罚"),
        ("吊销", "行政处罚"),
        ("拘留", "行政处罚"),
        ("责令停产停业", "行政处罚"),
        ("暂扣", "行政处罚"),
        ("许可", "行政许可"),
        ("审批", "行政许可"),
        ("收费", "行政收费"),
        ("应当缴纳", "行政收费/增加义务"),
        ("保证金", "行政收费/增加义务"),
        ("查封", "行政强制"),
        ("扣押", "行政强制"),
        ("冻结", "行政强制"),
        ("强制拆除", "行政强制"),
        ("不得", "增加义务或限制权利"),
        ("必须", "增加义务"),
    ];

    public static IReadOnlyList<LegalityFlag> Scan(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var articles = ArticleText.Split(body);
        var passages = articles.Count > 0
            ? articles.Select(a => ((int?)a.Number, a.Text))
            : [((int?)null, body)];
        var flags = new List<LegalityFlag>();
        foreach (var (number, text) in passages)
        {
            foreach (var (term, concern) in Terms)
            {
                var at = text.IndexOf(term, StringComparison.Ordinal);
                if (at < 0)
                {
                    continue;
                }

                // "责令停产停业" contains no shorter term, but "许可" inside "行政许可" etc. is still worth a look.
                var from = Math.Max(0, at - 12);
                var to = Math.Min(text.Length, at + term.Length + 12);
                flags.Add(new LegalityFlag(number, term, concern, text[from..to].Replace("\n", " ", StringComparison.Ordinal)));
            }
        }

        return flags;
    }
}
