using Fazhi.Modules.Enforcement.Cases.Rules;

namespace Fazhi.UnitTests.Modules.Enforcement;

/// <summary>
/// Which evidence dates the law allows (《行政处罚法》第五十四条、第五十五条): from 立案 on, or earlier when the evidence
/// comes from the inspection that led to the case, never before that inspection.
/// </summary>
public sealed class EvidenceDateRuleTests
{
    private static readonly DateOnly Inspected = new(2026, 11, 16);
    private static readonly DateOnly Filed = new(2026, 11, 18);

    [Theory]
    [InlineData("2026-11-16", "检查")]
    [InlineData("2026-11-17", "检查")]
    [InlineData("2026-11-18", "调查取证")]
    [InlineData("2026-11-20", "调查取证")]
    public void Evidence_FromTheInspectionOrAfterFiling_IsAllowed(string on, string step) =>
        new EvidenceDatedWithinTheCase(DateOnly.Parse(on, System.Globalization.CultureInfo.InvariantCulture), Filed, Inspected, step).IsBroken.ShouldBeFalse();

    [Fact]
    public void Evidence_BeforeTheInspection_IsRefusedCitingArticle54()
    {
        var rule = new EvidenceDatedWithinTheCase(Inspected.AddDays(-1), Filed, Inspected, "检查");

        rule.IsBroken.ShouldBeTrue();
        rule.Code.ShouldBe("enforcement.evidence.before-discovery");
        rule.Message.ShouldContain("第五十四条");
        rule.Field.ShouldBe("CollectedOn");
    }

    [Fact]
    public void Evidence_BeforeFilingButNotFromTheInspection_IsRefusedNamingTheInspectionStep()
    {
        var rule = new EvidenceDatedWithinTheCase(Filed.AddDays(-1), Filed, Inspected, "调查取证");

        rule.IsBroken.ShouldBeTrue();
        rule.Code.ShouldBe("enforcement.evidence.before-filing");
        rule.Message.ShouldContain("立案前检查");
    }

    [Fact]
    public void Inspection_AfterFiling_IsRefused()
    {
        new DiscoveryNotAfterFiling(Filed.AddDays(1), Filed).IsBroken.ShouldBeTrue();
        new DiscoveryNotAfterFiling(Filed, Filed).IsBroken.ShouldBeFalse();
        new DiscoveryNotAfterFiling(null, Filed).IsBroken.ShouldBeFalse();
    }
}
