using Fazhi.Modules.Advisors.Model;
using Fazhi.Modules.Remedies.Model;
using Fazhi.Platform.ErrorHandling;

namespace Fazhi.UnitTests.Modules.Remedies;

/// <summary>
/// The rules of a case against the township (the head's appearance, one hearing and one result per case, dates) and of
/// an advisor's half-yearly assessment, as a clerk would meet them.
/// </summary>
public sealed class RemedyCaseTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    private static RemedyCase Lawsuit() =>
        RemedyCase.Register(Guid.NewGuid(), RemedyKind.Litigation, "（2026）示0101行初22号", "刘桂芳", "责令限期拆除决定", "示范县人民法院", false, false, new DateOnly(2026, 10, 12), Today);

    private static string Refusal(Action step) => Should.Throw<BusinessRuleException>(step).Message;

    [Fact]
    public void HeadAbsent_WithoutReason_OrWithAnUnstatedOtherReason_IsRefusedCitingTheArticles()
    {
        var c = Lawsuit();

        Refusal(() => c.RecordHearing(new DateOnly(2026, 11, 19), false, "李强", null, null, Today)).ShouldContain("第三条第三款");
        Refusal(() => c.RecordHearing(new DateOnly(2026, 11, 19), false, "李强", AbsenceReason.OtherJustified, " ", Today)).ShouldContain("法释〔2020〕3号第八条");
        c.HearingOn.ShouldBeNull();
    }

    [Fact]
    public void HeadAbsent_ForAnAcceptedReason_IsRecordedWithTheStaffSent_AndASecondHearingIsANewCase()
    {
        var c = Lawsuit();

        c.RecordHearing(new DateOnly(2026, 11, 19), false, "综合执法办 李强", AbsenceReason.IrreplaceableDuty, null, Today);

        c.LeaderAppeared.ShouldBe(false);
        c.AppearedBy.ShouldBe("综合执法办 李强");
        Refusal(() => c.RecordHearing(new DateOnly(2026, 11, 20), true, "乡长 周明", null, null, Today)).ShouldContain("另行登记");
    }

    [Fact]
    public void Result_CorrectsTheActOnlyWhenRevokedVariedUnlawfulVoidOrPerformanceOrdered_AndIsGivenOnce()
    {
        var c = Lawsuit();

        c.Decide(RemedyOutcome.ConfirmedUnlawful, new DateOnly(2026, 11, 20), "确认违法。", Today);

        c.Corrected.ShouldBeTrue();
        RemedyCase.IsCorrection(RemedyOutcome.Upheld).ShouldBeFalse();
        RemedyCase.IsCorrection(RemedyOutcome.Mediated).ShouldBeFalse();
        Refusal(() => c.Decide(RemedyOutcome.Upheld, new DateOnly(2026, 11, 21), "维持。", Today)).ShouldContain("已登记结果");
    }

    [Fact]
    public void Dates_BeforeTheCopyOrAfterToday_AreRefused()
    {
        Refusal(() => RemedyCase.Register(Guid.NewGuid(), RemedyKind.Reconsideration, "示县复〔2026〕30号", "张三", "决定", "示范县人民政府", false, false, new DateOnly(2026, 11, 24), Today))
            .ShouldContain("不能晚于今天");
        Refusal(() => Lawsuit().Answer(new DateOnly(2026, 10, 11), "答辩。", Today)).ShouldContain("收到副本之日");
    }

    [Fact]
    public void SimplifiedProcedure_IsOnlyForReconsideration()
    {
        Refusal(() => RemedyCase.Register(Guid.NewGuid(), RemedyKind.Litigation, "（2026）示0101行初23号", "张三", "决定", "示范县人民法院", false, true, new DateOnly(2026, 11, 2), Today))
            .ShouldContain("第五十三条");
    }

    [Fact]
    public void AdvisorAssessment_IsGivenAfterTheHalfYearEnds_WithinTheTerm()
    {
        var contract = AdvisorContract.Sign(Guid.NewGuid(), "周晓", AdvisorKind.Lawyer, null, new DateOnly(2026, 3, 1), new DateOnly(2027, 2, 28), 20000m, "法律顾问", true, []);

        Refusal(() => AdvisorAssessment.Assess(contract, 2026, 1, AssessmentGrade.Excellent, "优秀。", "乡长", new DateOnly(2026, 6, 30), Today, false)).ShouldContain("2026-06-30");
        Refusal(() => AdvisorAssessment.Assess(contract, 2025, 2, AssessmentGrade.Excellent, "优秀。", "乡长", new DateOnly(2026, 1, 5), Today, false)).ShouldContain("不在聘用期限");
        AdvisorAssessment.Assess(contract, 2026, 1, AssessmentGrade.Competent, "称职。", "乡长", new DateOnly(2026, 7, 1), Today, false).Half.ShouldBe(1);
    }
}
