using Fazhi.Modules.Disclosure;
using Fazhi.Modules.Disclosure.Model;
using Fazhi.Platform.ErrorHandling;

namespace Fazhi.UnitTests.Modules.Disclosure;

/// <summary>
/// The 政府信息公开工作年度报告's publication date (第49条: 1月31日, a setting) and the rules of its approval and
/// publication; the 60 days of 行政复议法 第76条 belong to Remedies and are tested through HTTP.
/// </summary>
public sealed class DisclosureReportTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    private static DisclosureReport Approved(int year = 2025) =>
        DisclosureReport.Approve(Guid.NewGuid(), year, "河市镇人民政府2025年政府信息公开工作年度报告", "本年度……", "[]", [1, 2, 3], "林海", Today);

    [Fact]
    public void DueDate_Defaults_To31JanuaryOfTheNextYear_AndFollowsTheSetting_ClampedToTheMonth()
    {
        new DisclosureOptions().AnnualReportDueDate(2025).ShouldBe(new DateOnly(2026, 1, 31));
        new DisclosureOptions { AnnualReportDueMonth = 3, AnnualReportDueDay = 31 }.AnnualReportDueDate(2025).ShouldBe(new DateOnly(2026, 3, 31));
        new DisclosureOptions { AnnualReportDueMonth = 2, AnnualReportDueDay = 31 }.AnnualReportDueDate(2027).ShouldBe(new DateOnly(2028, 2, 29));
    }

    [Fact]
    public void ARunningYear_CannotBeApproved_CitingArticle49()
    {
        Should.Throw<BusinessRuleException>(() => Approved(2026)).Message.ShouldContain("第四十九条");
    }

    [Fact]
    public void Publication_IsOnce_AndNotBeforeApproval()
    {
        var report = Approved();

        Should.Throw<BusinessRuleException>(() => report.Publish(Today.AddDays(-1), Today));
        report.Publish(Today, Today);
        report.IsPublic.ShouldBeTrue();
        Should.Throw<BusinessRuleException>(() => report.Publish(Today, Today)).Message.ShouldContain("第四十九条");
    }

    [Fact]
    public void TheReportsId_IsTheSameForATownshipAndYear_AndDiffersFromAnotherYears()
    {
        var township = Guid.NewGuid();

        DisclosureReport.IdFor(township, 2025).ShouldBe(DisclosureReport.IdFor(township, 2025));
        DisclosureReport.IdFor(township, 2025).ShouldNotBe(DisclosureReport.IdFor(township, 2024));
        Approved().Id.ShouldNotBe(Guid.Empty);
    }
}
