using Fazhi.Modules.Enforcement;
using Fazhi.Modules.Enforcement.Cases;
using Fazhi.Modules.Enforcement.Cases.Rules;
using Fazhi.Modules.Enforcement.Officers;
using Fazhi.Modules.Enforcement.Powers;
using Fazhi.Platform.ErrorHandling;

namespace Fazhi.UnitTests.Modules.Enforcement;

/// <summary>
/// The rules of extending the 90-day decision period (《行政处罚法》第六十条) under settings other than the demo's, which
/// the integration fixture cannot change.
/// </summary>
public sealed class DecisionExtensionRuleTests
{
    private static readonly DateOnly Filed = new(2026, 9, 1);
    private static readonly DateOnly Due = new(2026, 11, 30);

    /// <summary>A case filed through the aggregate, as a handler files it: two officers certified on the day (第四十二条).</summary>
    private static EnforcementCase Case()
    {
        Officer[] officers =
        [
            new() { Name = "王建国", CertificateNumber = "441823990001", CertificateValidFrom = Filed.AddYears(-1), CertificateValidTo = Filed.AddYears(2), JoinedOn = Filed.AddYears(-1) },
            new() { Name = "赵丽华", CertificateNumber = "441823990002", CertificateValidFrom = Filed.AddYears(-1), CertificateValidTo = Filed.AddYears(2), JoinedOn = Filed.AddYears(-1) },
        ];
        var item = new PowerItem { Name = "对在集镇建成区占道经营的行政处罚", PenaltyKinds = "警告、罚款" };
        return EnforcementCase.File(Guid.NewGuid(), 99, "小江综执立〔2026〕99号", CaseProcedure.General, item,
            new CaseParty(PartyKind.NaturalPerson, "周海涛", null, null, null, null, null), CaseSource.Inspection, null, "占道经营", "占用人行道摆卖。",
            isMajor: false, isComplex: false, officers, Filed, new EnforcementOptions { RequireAnnualReview = false });
    }

    [Fact]
    public void CheckDecisionExtension_WhenSettingsAllowZeroDays_IsRefusedCitingArticle60()
    {
        var refused = Should.Throw<BusinessRuleException>(() =>
            Case().CheckDecisionExtension(new DateOnly(2026, 11, 23), Due, "案情复杂。", new EnforcementOptions { DecisionExtensionDays = 0 }));

        refused.Code.ShouldBe("enforcement.extension.disabled");
        refused.Message.ShouldContain("第六十条");
    }

    [Fact]
    public void DecisionExtensionEnabled_WithThirtyDays_IsNotBroken_AndWithZeroIsBroken()
    {
        new DecisionExtensionEnabled(30).IsBroken.ShouldBeFalse();
        new DecisionExtensionEnabled(0).IsBroken.ShouldBeTrue();
    }

    [Fact]
    public void ExtendDecisionPeriod_WhenTwoAreAllowed_GrantsASecond_AndRefusesAThird()
    {
        var options = new EnforcementOptions { DecisionExtensionDays = 30, MaxDecisionExtensions = 2 };
        var @case = Case();

        @case.ExtendDecisionPeriod(new DateOnly(2026, 11, 20), Due, new DateOnly(2026, 12, 30), "需要鉴定。", null, "镇长", options);
        var second = @case.ExtendDecisionPeriod(new DateOnly(2026, 12, 28), new DateOnly(2026, 12, 30), new DateOnly(2027, 1, 29), "鉴定尚未完成。", null, "镇长", options);

        second.AddedDays.ShouldBe(30);
        @case.DecisionExtensions.Count.ShouldBe(2);
        Should.Throw<BusinessRuleException>(() => @case.CheckDecisionExtension(new DateOnly(2027, 1, 20), new DateOnly(2027, 1, 29), "再次延长。", options))
            .Code.ShouldBe("enforcement.extension.limit-reached");
    }

    [Fact]
    public void CheckDecisionExtension_ApprovedAfterThePeriodRanOut_IsRefused()
    {
        Should.Throw<BusinessRuleException>(() =>
            Case().CheckDecisionExtension(new DateOnly(2026, 12, 1), Due, "案情复杂。", new EnforcementOptions()))
            .Code.ShouldBe("enforcement.extension.after-due");
    }

    [Fact]
    public void CheckDecisionExtension_WithoutAReason_IsRefused()
    {
        Should.Throw<BusinessRuleException>(() =>
            Case().CheckDecisionExtension(new DateOnly(2026, 11, 23), Due, "  ", new EnforcementOptions()))
            .Code.ShouldBe("enforcement.extension.reason-required");
    }
}
