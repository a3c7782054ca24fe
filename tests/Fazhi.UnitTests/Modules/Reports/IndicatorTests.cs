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

    // The subsection as DocumentIndicatorSource builds it, for a year with the given counts.
    private static IndicatorGroup Documents(int issued, int reviewed, int published, int onTime, int filed, int cleanedUp) => new("documents", 10, "规范行政规范性文件管理", "本年度",
    [
        Indicator.Count("documents.issued", "印发行政规范性文件", "件", issued, "制定印发行政规范性文件{0}", "/x"),
        Indicator.Rate("documents.review-rate", "合法性审核率", reviewed, issued, "合法性审核率{0}", "/x"),
        Indicator.Count("documents.published", "公开发布", "件", published, "公开发布{0}", "/x"),
        Indicator.Rate("documents.on-time-rate", "按时公布率", onTime, published, "按时公布率{0}", "/x"),
        Indicator.Count("documents.filed", "报送备案", "件", filed, "报县备案{0}", "/x"),
        Indicator.Rate("documents.filing-rate", "备案率", filed, published, "备案率{0}", "/x"),
        Indicator.Count("documents.cleaned-up", "清理文件", "件", cleanedUp, "清理文件{0}", "/x"),
    ]);

    [Fact]
    public void Sentence_WhenNothingWasRecorded_IsEmpty_NotAListOfZeros()
    {
        var none = Documents(0, 0, 0, 0, 0, 0);

        none.Sentence.ShouldBe("");
        none.HasRecords.ShouldBeFalse();
    }

    [Fact]
    public void Sentence_LeavesOutCountsOfZero_AndKeepsEveryRateOfWhatWasRecorded()
    {
        Documents(2, 2, 2, 2, 2, 0).Sentence.ShouldBe("本年度制定印发行政规范性文件2件，合法性审核率100%，公开发布2件，按时公布率100%，报县备案2件，备案率100%。");
        Documents(2, 2, 2, 2, 0, 0).Sentence.ShouldBe("本年度制定印发行政规范性文件2件，合法性审核率100%，公开发布2件，按时公布率100%，备案率0%。");
        Enforcement(3, 3, 0, 0).Sentence.ShouldBe("本年度行政处罚案件立案共3宗，已结案3宗。");
    }

    [Fact]
    public void AchievementsText_LeavesOutASubsectionWithNothingRecorded_AndNumbersTheRest()
    {
        var text = ReportWorkflow.AchievementsText([Documents(0, 0, 0, 0, 0, 0), Enforcement(14, 7, 9, 9)]);

        text.Split(Environment.NewLine).ShouldBe(
        [
            "（一）严格规范公正文明执法",
            "本年度行政处罚案件立案共14宗，已结案7宗，在办7宗，开展重大执法决定法制审核9件，案件公示9件。",
        ]);
        ReportWorkflow.AchievementsText([Documents(0, 0, 0, 0, 0, 0)]).ShouldBe("");
    }

    [Fact]
    public void LeadershipGroups_AreDraftedIntoPartThree_AndNeverIntoPartOne()
    {
        var leadership = new IndicatorGroup("leadership", 5, "党政主要负责人履行推进法治建设第一责任人职责", "本年度",
            [Indicator.Count("m", "党委会议研究法治建设", "次", 4, "党委会议研究法治建设议题{0}", "/x")]) { Part = ReportPart.Leadership };
        var groups = new[] { leadership, Enforcement(14, 7, 9, 9) };

        ReportWorkflow.AchievementsText(groups).ShouldNotContain("党委会议");
        ReportWorkflow.AchievementsText(groups).ShouldStartWith("（一）严格规范公正文明执法");
        ReportWorkflow.LeaderDutiesText(groups).Split(Environment.NewLine).ShouldBe(
        [
            "（一）党政主要负责人履行推进法治建设第一责任人职责",
            "本年度党委会议研究法治建设议题4次。",
        ]);
        ReportWorkflow.LeaderDutiesText([Enforcement(14, 7, 9, 9)]).ShouldBe("");
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
