using System.Globalization;
using System.Text;
using AngleSharp.Html.Parser;
using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.Platform.Privacy;
using static Fazhi.IntegrationTests.Modules.Enforcement.EnforcementApi;

namespace Fazhi.IntegrationTests.Platform.Security;

/// <summary>
/// Issue 13 item 4: personal information on published penalty decisions is masked without the gaps found by the
/// hostile test (+86 numbers, full-width digits, a name with a space inside, witnesses and spouses, landlines, bank
/// cards), measured on a corpus of decision sentences, and end to end on the portal.
/// </summary>
public sealed class MaskingSecurityTests(FazhiApp app, ITestOutputHelper output) : IClassFixture<FazhiApp>
{
    /// <summary>The share of personal details the masker must hide on the corpus (measured: 233 of 233).</summary>
    private const double RecallFloor = 0.98;

    private static readonly string[] FineOnly = ["罚款"];

    private static readonly string[] Secrets = ["欧阳晓明", "441823199212304578", "13800138001", "13800138000", "7781234", "6217003123456789", "王小红", "张秀英"];

    /// <summary>Sentences in which the masker may alter words that are no personal information (measured: 0).</summary>
    private const int MaxFalsePositiveSentences = 2;

    [Fact]
    public void Corpus_OfDecisionSentences_IsMaskedAboveTheRecallFloor_WithoutAlteringOrdinaryWords()
    {
        var corpus = MaskingCorpus.Load(Path.Combine(AppContext.BaseDirectory, "Platform", "Security", "masking-corpus.txt"));
        corpus.Count.ShouldBeGreaterThanOrEqualTo(100);

        var spans = 0;
        var hidden = 0;
        var falsePositives = 0;
        var report = new StringBuilder();
        foreach (var sentence in corpus)
        {
            var masked = PersonalInfoMasker.Mask(sentence.Text, sentence.KnownNames);
            var missed = sentence.Personal.Where(p => MaskingCorpus.Comparable(masked).Contains(MaskingCorpus.Comparable(p), StringComparison.Ordinal)).ToList();
            spans += sentence.Personal.Count;
            hidden += sentence.Personal.Count - missed.Count;
            var kept = sentence.KeepsOrdinaryWords(masked);
            if (!kept)
            {
                falsePositives++;
            }

            if (missed.Count > 0 || !kept)
            {
                report.AppendLine(CultureInfo.InvariantCulture, $"  {(missed.Count > 0 ? "未隐去 " + string.Join("、", missed) : "")}{(kept ? "" : " 误改普通文字")}：{sentence.Text} → {masked}");
            }
        }

        var recall = (double)hidden / spans;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"脱敏语料：{corpus.Count} 句，个人信息 {spans} 处，隐去 {hidden} 处，召回率 {recall:P1}；误改普通文字的句子 {falsePositives} 句（{(double)falsePositives / corpus.Count:P1}）。"));
        output.WriteLine(report.ToString());
        recall.ShouldBeGreaterThanOrEqualTo(RecallFloor, report.ToString());
        falsePositives.ShouldBeLessThanOrEqualTo(MaxFalsePositiveSentences, report.ToString());
    }

    [Theory]
    [InlineData("当事人：潘晓东，电话：+8613800138001。", "13800138001")]
    [InlineData("联系电话：１３８００１３８０００。", "１３８００１３８０００")]
    [InlineData("固定电话：0763 7781234。", "7781234")]
    [InlineData("银行卡号6217 0031 2345 6789。", "0031 2345")]
    [InlineData("证人王小红证实当事人在现场。", "王小红")]
    [InlineData("当事人及其妻子张秀英共同经营。", "张秀英")]
    public void Mask_EachGapFoundByTheHostileTest_IsClosed(string text, string mustVanish) =>
        PersonalInfoMasker.Mask(text).ShouldNotContain(mustVanish);

    [Fact]
    public void Mask_PartyNameWrittenWithASpaceInside_IsMaskedLikeTheRecordedName() =>
        PersonalInfoMasker.Mask("经查，欧 阳晓明擅自搭建，欧阳晓明对事实无异议。", ["欧阳晓明"])
            .ShouldBe("经查，欧阳某某擅自搭建，欧阳某某对事实无异议。");

    [Fact]
    public void Mask_OrdinaryWordsAfterTheWordParty_StayAsWritten()
    {
        const string text = "经查，当事人占道经营，证人证言与现场照片相互印证，当事人陈述申辩的理由不成立。";

        PersonalInfoMasker.Mask(text).ShouldBe(text);
    }

    [Fact]
    public async Task PublishedDecision_WithEveryHardCase_ShowsNoneOfThemOnThePortal()
    {
        var clerk = await app.ClientForAsync("xiaojiang.clerk");
        var officer = await app.ClientForAsync("xiaojiang.officer");
        var power = await PowerAsync(clerk, "集镇建成区占道经营");
        var officers = await CertifiedOfficersAsync(clerk);
        const string text = "当事人：欧 阳晓明，男，身份证号码：４４１８２３１９９２１２３０４５７８，手机：+8613800138001，" +
                            "备用电话１３８００１３８０００，固定电话0763-7781234，银行卡号6217 0031 2345 6789。" +
                            "证人王小红证实，当事人及其妻子张秀英于2026年11月23日在小江墟占道摆卖，当场处以罚款100元。";
        var decided = (await officer.SendAsync("/cases/on-the-spot", new
        {
            @case = NewCase(power.GetProperty("id").GetGuid(), officers.Skip(18).Take(2), new DateOnly(2026, 11, 23), partyName: "欧阳晓明", isMajor: false),
            kinds = FineOnly,
            fine = 100,
            text,
        })).ShouldSucceed();
        var id = decided.GetProperty("id").GetGuid();
        (await clerk.SendAsync($"/cases/{id}/publication", new { on = "2026-11-23" })).ShouldSucceed();

        var decisionNumber = decided.GetProperty("decisionNumber").GetString()!;
        var column = new HtmlParser().ParseDocument(await app.Anonymous().GetStringAsync("/t/990100101000/enforcement"));
        var link = column.QuerySelectorAll("a[href*='/enforcement/decisions/']").First(a => a.TextContent.Contains(decisionNumber, StringComparison.Ordinal));
        var page = new HtmlParser().ParseDocument(await app.Anonymous().GetStringAsync(link.GetAttribute("href")));
        var shown = MaskingCorpus.Comparable(page.Body!.TextContent);

        shown.ShouldContain("欧阳某某");
        shown.ShouldContain("王某某");
        shown.ShouldContain("张某某");
        shown.ShouldContain("100");
        foreach (var secret in Secrets)
        {
            shown.ShouldNotContain(secret);
        }
    }
}

/// <summary>
/// The decision sentences of <c>masking-corpus.txt</c>: 【】 marks a natural person's detail that must vanish, the rest
/// must stay as written; a line may name the case's natural persons (<c>names=甲|乙</c>, then a tab).
/// </summary>
internal sealed record MaskingCorpus(string Text, IReadOnlyList<string> KnownNames, IReadOnlyList<string> Personal, IReadOnlyList<string> Ordinary)
{
    public static List<MaskingCorpus> Load(string path) =>
    [
        .. File.ReadAllLines(path).Where(l => l.StartsWith("names=", StringComparison.Ordinal)).Select(line =>
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            var names = line[6..tab].Split('|', StringSplitOptions.RemoveEmptyEntries);
            var marked = line[(tab + 1)..];
            var parts = marked.Split('【');
            var personal = new List<string>();
            var ordinary = new List<string> { parts[0] };
            foreach (var part in parts.Skip(1))
            {
                var closed = part.Split('】');
                personal.Add(closed[0]);
                ordinary.Add(closed[1]);
            }

            return new MaskingCorpus(marked.Replace("【", "", StringComparison.Ordinal).Replace("】", "", StringComparison.Ordinal), names, personal, ordinary);
        }),
    ];

    /// <summary>A text as a reader compares it: full-width forms folded, spaces (and zero-width characters) dropped.</summary>
    public static string Comparable(string text) =>
        string.Concat(PersonalInfoMasker.Fold(text).Where(c => !char.IsWhiteSpace(c)));

    /// <summary>Every stretch outside the marks is still there, unchanged and in order.</summary>
    public bool KeepsOrdinaryWords(string masked)
    {
        var position = 0;
        foreach (var stretch in Ordinary.Where(o => o.Length > 0))
        {
            var found = masked.IndexOf(stretch, position, StringComparison.Ordinal);
            if (found < 0)
            {
                return false;
            }

            position = found + stretch.Length;
        }

        return true;
    }
}
