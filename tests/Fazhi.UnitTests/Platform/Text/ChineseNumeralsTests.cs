using Fazhi.Platform.Text;

namespace Fazhi.UnitTests.Platform.Text;

public sealed class ChineseNumeralsTests
{
    [Theory]
    [InlineData(1, "一")]
    [InlineData(10, "十")]
    [InlineData(12, "十二")]
    [InlineData(20, "二十")]
    [InlineData(21, "二十一")]
    [InlineData(99, "九十九")]
    [InlineData(100, "一百")]
    [InlineData(105, "一百零五")]
    [InlineData(110, "一百一十")]
    [InlineData(1001, "一千零一")]
    [InlineData(1010, "一千零一十")]
    [InlineData(2026, "二千零二十六")]
    [InlineData(10_000, "一万")]
    [InlineData(10_086, "一万零八十六")]
    public void Format_WritesNumbersAsOfficialDocumentsDo_FromTwentyUpToo(int number, string expected)
    {
        ChineseNumerals.Format(number).ShouldBe(expected);
    }

    [Fact]
    public void Parse_ReadsBackEveryNumberFormatWrites()
    {
        for (var n = 0; n <= 12_000; n++)
        {
            ChineseNumerals.Parse(ChineseNumerals.Format(n)).ShouldBe(n, ChineseNumerals.Format(n));
        }
    }

    [Theory]
    [InlineData("一十二", 12)]
    [InlineData("〇", 0)]
    [InlineData("37", 37)]
    [InlineData("第三", 0)]
    [InlineData("", 0)]
    public void Parse_AcceptsOtherSpellingsAndRefusesWhatIsNotANumber(string text, int expected)
    {
        ChineseNumerals.Parse(text).ShouldBe(expected);
    }

    [Fact]
    public void ArticleText_SplitsATextAtItsArticleHeadings_PastTwenty()
    {
        var text = string.Join('\n', Enumerable.Range(1, 23).Select(n => $"第{ChineseNumerals.Format(n)}条 内容{n}。"));

        var articles = ArticleText.Split(text);

        articles.Select(a => a.Number).ShouldBe(Enumerable.Range(1, 23));
        articles[20].Text.ShouldBe("第二十一条 内容21。");
        ArticleText.Label(21).ShouldBe("第二十一条");
    }

    [Fact]
    public void ArticleText_IgnoresAMentionOfAnArticleInsideASentence()
    {
        var articles = ArticleText.Split("第一条 依据《行政处罚法》第十六条制定。\n第二条 本办法自公布之日起施行。");

        articles.Count.ShouldBe(2);
        articles[0].Text.ShouldContain("第十六条");
    }
}
