using Fazhi.Modules.Reports.Contracts;
using Fazhi.Modules.Reports.Drafting;

namespace Fazhi.UnitTests.Modules.Reports;

public sealed class IndicatorTests
{
    private static IndicatorGroup Enforcement(int filed, int closed, int reviews, int published) => new("enforcement", 20, "严格规范公正文明执法", "本年度",
    [
        Indicator.Count("a", "立案", "宗", filed, "行政处罚案件立案共{0}", "/x"),
        Indicator.Count("b", "结案", "宗", closed, "已结案{0}", "/x"),
        Indicator.Count("c", "在办", "宗", filed - closed, "在办{0}", "/x"),
        Indicator.Count("d", "法制审核", "件", reviews, "开展重大执法决定法制审核{0}", "/x"),
        Indicator.Count("e", "公示", "件", published, "案件公示{0}", "/x"),
    ]);

    [Fact]
    public void Sentence_WithXiaojiangs2022Figures_ReadsAsTheSeedReport()
    {
        Enforcement(14, 7, 9, 9).Sentence.ShouldBe("本年度行政处罚案件立案共14宗，已结案7宗，在办7宗，开展重大执法决定法制审核9件，案件公示9件。");
    }

    [Fact]
    public void Rate_IsComputedFromItsCounts_AndLeftOutWhenThereIsNothingToCount()
    {
        var rate = Indicator.Rate("r", "持证率", 2, 3, "持证率{0}", "/x");
        var none = Indicator.Rate("r", "持证率", 0, 0, "持证率{0}", "/x");

        rate.Value.ShouldBe(66.7m);
        rate.Clause.ShouldBe("持证率66.7%");
        none.Value.ShouldBeNull();
        none.Clause.ShouldBeNull();
        new IndicatorGroup("m", 1, "h", "本年度", [Indicator.Count("k", "l", "件", 3, "印发{0}", "/x"), none]).Sentence.ShouldBe("本年度印发3件。");
    }

    [Fact]
    public void AchievementsText_NumbersOneSubsectionPerModuleInOrder()
    {
        var documents = new IndicatorGroup("documents", 10, "规范行政规范性文件管理", "本年度", [Indicator.Count("k", "l", "件", 2, "制定印发行政规范性文件{0}", "/x")]);

        var text = ReportWorkflow.AchievementsText([documents, Enforcement(14, 7, 9, 9)]);

        text.Split(Environment.NewLine).ShouldBe(
        [
            "（一）规范行政规范性文件管理",
            "本年度制定印发行政规范性文件2件。",
            "（二）严格规范公正文明执法",
            "本年度行政处罚案件立案共14宗，已结案7宗，在办7宗，开展重大执法决定法制审核9件，案件公示9件。",
        ]);
        ReportText.IsSubheading("（二）严格规范公正文明执法").ShouldBeTrue();
        ReportText.IsSubheading("本年度（一）").ShouldBeFalse();
    }

    [Fact]
    public void PublicationDeadline_IsThe31stOfMarchOfTheNextYear_WithTheWholeQuarterAsWarning()
    {
        foreach (var year in new[] { 2022, 2023 })   // 2024 is a leap year
        {
            var rule = ReportDeadlines.Publication(year);
            new DateOnly(year, 12, 31).AddDays(rule.Period).ShouldBe(new DateOnly(year + 1, 3, 31));
            rule.WarnDaysBefore.ShouldBe(rule.Period);
        }
    }
}
