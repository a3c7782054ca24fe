using Fazhi.Modules.Enforcement;
using Fazhi.Modules.Enforcement.Officers;
using Fazhi.Modules.Enforcement.Powers;

namespace Fazhi.UnitTests.Modules.Enforcement;

/// <summary>The officer register and the power catalogue answer for a date, not for today (ADR 0017).</summary>
public sealed class OfficerRegisterTests
{
    private static readonly EnforcementOptions Options = new();

    private static Officer Officer(DateOnly joined, DateOnly? left = null)
    {
        var officer = new Officer
        {
            Name = "黄志强",
            CertificateNumber = "441823220026",
            CertificateValidFrom = new DateOnly(2027, 7, 1),
            CertificateValidTo = new DateOnly(2032, 6, 30),
            JoinedOn = joined,
            LeftOn = left,
        };
        // Renewed in 2027: the certificate of 2021–2027 is kept with its validity.
        officer.PastCertificates.Add(new OfficerCertificate { Number = "441823220001", ValidFrom = new DateOnly(2021, 7, 1), ValidTo = new DateOnly(2027, 6, 30), ReplacedOn = new DateOnly(2027, 6, 20) });
        foreach (var year in new[] { 2021, 2022 })
        {
            officer.Reviews.Add(new AnnualCertificateReview { Year = year, Passed = true, ReviewedOn = new DateOnly(year + 1, 3, 15) });
        }

        return officer;
    }

    [Fact]
    public void WhyNotCertified_OnTheLastDayOf2022_AfterTheCertificateWasRenewed_ReadsTheCertificateOf2022()
    {
        var officer = Officer(new DateOnly(2021, 7, 1));

        officer.WhyNotCertified(new DateOnly(2022, 12, 31), Options).ShouldBeNull();
        officer.CertificateOn(new DateOnly(2022, 12, 31))!.Value.Number.ShouldBe("441823220001");
        officer.CertificateOn(new DateOnly(2027, 8, 1))!.Value.Number.ShouldBe("441823220026");
    }

    [Fact]
    public void WhyNotCertified_BeforeJoiningOrFromTheDayOfLeaving_NamesTheDate()
    {
        var officer = Officer(new DateOnly(2022, 3, 1), left: new DateOnly(2026, 10, 1));

        officer.WhyNotCertified(new DateOnly(2022, 2, 28), Options)!.ShouldContain("2022-03-01到岗");
        officer.IsServingOn(new DateOnly(2026, 9, 30)).ShouldBeTrue();
        officer.IsServingOn(new DateOnly(2026, 10, 1)).ShouldBeFalse();
        officer.WhyNotCertified(new DateOnly(2026, 10, 1), Options)!.ShouldContain("已于2026-10-01离岗");
    }

    [Fact]
    public void AnnualReview_DoneAfterTheDate_DoesNotCertifyTheDateBefore()
    {
        var officer = Officer(new DateOnly(2021, 7, 1));
        officer.Reviews.Clear();
        officer.Reviews.Add(new AnnualCertificateReview { Year = 2021, Passed = true, ReviewedOn = new DateOnly(2026, 5, 1) });

        // 2021's review was due by 31 March 2022; on 31 December 2022 it had not been done.
        officer.WhyNotCertified(new DateOnly(2022, 12, 31), Options)!.ShouldContain("2021年度年审");
    }

    [Fact]
    public void PowerInForce_FromItsTakeOverUntilTheDayItIsWithdrawn()
    {
        var item = new PowerItem { Name = "对在城市道路擅自搭建建筑物、构筑物的行政处罚", EffectiveFrom = new DateOnly(2022, 1, 1), WithdrawnOn = new DateOnly(2026, 9, 1) };

        item.IsInForceOn(new DateOnly(2021, 12, 31)).ShouldBeFalse();
        item.IsInForceOn(new DateOnly(2022, 12, 31)).ShouldBeTrue();
        item.IsInForceOn(new DateOnly(2026, 8, 31)).ShouldBeTrue();
        new PowerInForceOn(item, new DateOnly(2026, 9, 1)).Message.ShouldContain("第二十四条");
        new PowerInForceOn(item, new DateOnly(2026, 9, 1)).IsBroken.ShouldBeTrue();
    }
}
