using Fazhi.Modules.Disclosure.Model;
using Fazhi.Platform.ErrorHandling;
using Fazhi.Platform.Time;

namespace Fazhi.UnitTests.Modules.Disclosure;

/// <summary>
/// The periods of 依申请公开 (政府信息公开条例 第30、32、33条) across the 2026 National Day holiday: 20 working days,
/// a third-party consultation left out, 20 more with the head's consent, and the refusals of each step.
/// </summary>
public sealed class DisclosurePeriodTests
{
    private static readonly WorkingDayCalendar Calendar = new(OfficialCalendarData.Schedules);

    private static readonly DateOnly Today = new(2026, 12, 31);

    private static DisclosureRequest ReceivedOn(DateOnly day) =>
        DisclosureRequest.Submit(Guid.NewGuid(), 1, RequestChannel.InPerson, ApplicantKind.Citizen, "刘桂芳", "441823197608152447", "13826651234", null, null,
            "河市镇2026年部门预算", DeliveryForm.Paper, DeliveryWay.Pickup, day, day, Today, Calendar);

    [Fact]
    public void Reply_ReceivedBeforeNationalDay_IsDueTwentyWorkingDaysLaterSkippingTheHoliday()
    {
        // Mon 21 Sep 2026: 22–30 Sep 7 days (Sat 26 Sep is not a make-up day), 1–7 Oct off, Sat 10 Oct is.
        var request = ReceivedOn(new DateOnly(2026, 9, 21));

        request.ReplyDueOn.ShouldBe(new DateOnly(2026, 10, 26));
    }

    [Fact]
    public void Reply_WithConsultationAcrossTheHolidayAndTwentyDaysExtension_LeavesTheConsultationOutAndAddsTwenty()
    {
        var request = ReceivedOn(new DateOnly(2026, 9, 21));

        request.ConsultThirdParty("河市绿源农业发展有限公司", new DateOnly(2026, 9, 25), Today);
        request.ReplyDueOn.ShouldBeNull();   // 暂停计算
        request.EndConsultation(ThirdPartyAnswer.Disagreed, "涉及商业秘密", new DateOnly(2026, 10, 16), Today, Calendar);

        // 26 Sep–16 Oct: 28, 29, 30 Sep, 8, 9, 10 (make-up), 12–16 Oct = 11 working days not counted.
        request.PausedWorkingDays.ShouldBe(11);
        request.ReplyDueOn.ShouldBe(new DateOnly(2026, 11, 10));

        request.Extend(20, "需会同村委会核对原件", "河市镇领导", new DateOnly(2026, 11, 2), new DateOnly(2026, 11, 2), Calendar);
        request.ReplyDueOn.ShouldBe(new DateOnly(2026, 12, 8));
    }

    [Fact]
    public void Extend_BeyondTwentyWorkingDaysInAll_IsRefused()
    {
        var request = ReceivedOn(new DateOnly(2026, 9, 21));
        request.Extend(15, "需要调取档案", "领导", new DateOnly(2026, 10, 12), new DateOnly(2026, 10, 12), Calendar);

        var refused = Should.Throw<BusinessRuleException>(() => request.Extend(6, "仍需调取档案", "领导", new DateOnly(2026, 10, 13), new DateOnly(2026, 10, 13), Calendar));

        refused.Code.ShouldBe("disclosure.extension.too-long");
        refused.Message.ShouldContain("第三十三条第二款");
    }

    [Fact]
    public void Extend_WithoutTellingTheApplicant_IsRefused()
    {
        var request = ReceivedOn(new DateOnly(2026, 9, 21));

        Should.Throw<BusinessRuleException>(() => request.Extend(10, "需要调取档案", "领导", new DateOnly(2026, 10, 12), null, Calendar))
            .Code.ShouldBe("disclosure.extension.notice");
    }

    [Fact]
    public void Correction_AfterSevenWorkingDays_IsRefusedAndOnlyOnce()
    {
        // 21 Sep + 7 working days: 22–24 Sep, 25 Sep is 中秋节, 28–30 Sep, 8 Oct is the 7th; 9 Oct the 8th.
        var late = ReceivedOn(new DateOnly(2026, 9, 21));
        Should.Throw<BusinessRuleException>(() => late.RequestCorrection("写明文号", 15, new DateOnly(2026, 10, 9), Today, Calendar)).Code.ShouldBe("disclosure.correction.late");

        var request = ReceivedOn(new DateOnly(2026, 9, 21));
        request.RequestCorrection("写明文号", 15, new DateOnly(2026, 9, 30), Today, Calendar);
        request.ReplyDueOn.ShouldBeNull();
        request.RecordCorrection("河市镇2026年部门预算（河府〔2026〕3号）", new DateOnly(2026, 10, 12), Today, Calendar);

        // 第30条: the reply period runs from the corrected application: 12 Oct + 20 working days.
        request.ReceivedOn.ShouldBe(new DateOnly(2026, 10, 12));
        request.ReplyDueOn.ShouldBe(Calendar.AddWorkingDays(new DateOnly(2026, 10, 12), 20).Value);
        Should.Throw<BusinessRuleException>(() => request.RequestCorrection("再次补正", 15, new DateOnly(2026, 10, 13), Today, Calendar)).Code.ShouldBe("disclosure.correction.once");
    }

    [Fact]
    public void ThirdPartyNoAnswer_BeforeFifteenWorkingDays_IsRefused()
    {
        var request = ReceivedOn(new DateOnly(2026, 9, 21));
        request.ConsultThirdParty("某公司", new DateOnly(2026, 9, 22), Today);

        Should.Throw<BusinessRuleException>(() => request.EndConsultation(ThirdPartyAnswer.NoAnswer, null, new DateOnly(2026, 10, 9), Today, Calendar))
            .Code.ShouldBe("disclosure.third-party.period-running");
    }

    [Fact]
    public void GivingUp_BeforeTheCorrectionPeriodEnds_IsRefused()
    {
        var request = ReceivedOn(new DateOnly(2026, 9, 21));
        request.RequestCorrection("写明文号", 10, new DateOnly(2026, 9, 23), Today, Calendar);

        Should.Throw<BusinessRuleException>(() => request.Close(ClosingKind.NotCorrected, null, request.CorrectionDueOn!.Value, Today)).Code.ShouldBe("disclosure.correction.not-expired");
        request.Close(ClosingKind.NotCorrected, null, request.CorrectionDueOn!.Value.AddDays(1), Today);
        request.State.ShouldBe(RequestState.Closed);
    }
}
