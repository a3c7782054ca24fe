using Fazhi.Modules.Decisions.Model;
using Fazhi.Platform.ErrorHandling;

namespace Fazhi.UnitTests.Modules.Decisions;

/// <summary>The named rules of 国务院令第713号 as the aggregate applies them.</summary>
public sealed class MajorDecisionRulesTests
{
    private static readonly DateOnly Day = new(2026, 3, 2);

    private static MajorDecision Draft() => MajorDecision.Initiate(Guid.NewGuid(), 1, "集镇农贸市场迁建", DecisionCategory.PublicConstruction, "乡村建设办", "乡人大代表",
        "占道经营。", null, Day, false, "第一条 为改善集镇环境，迁建农贸市场。", "", []);

    private static MajorDecision ReadyForMeeting(DateOnly commentClosesOn)
    {
        var d = Draft();
        d.OpenPublicComment(Guid.NewGuid(), 30, 30, null, Day, commentClosesOn);
        d.RecordRiskAssessment("乡综治中心", Day.AddDays(5), [RiskPoint.Create("社会稳定", "摊贩搬迁补偿争议", 3, 4, "逐户协商")], RiskLevel.Medium, "分批搬迁", null);
        d.RequestLegalityReview(Day.AddDays(35), Day.AddDays(46), Day.AddDays(46), 7);
        d.RecordLegalityReviewOpinion("法律顾问", LegalityReviewOpinion.Passed, "主体适格，程序合法。", Day.AddDays(45));
        return d;
    }

    private static MemberView View(string member, bool head = false, MemberPosition position = MemberPosition.Agree) =>
        MemberView.Create(member, head ? "乡长" : "副乡长", head, position, "同意。");

    private static CollectiveMeeting Meeting(MajorDecision d, DateOnly on, params MemberView[] views) =>
        CollectiveMeeting.Create(d.TownshipId, MeetingSubject.MajorDecision, d.Id, "乡长办公会议", on, "乡长", "全体班子成员", null, "会议同意。", MeetingOutcome.Adopt, null, views);

    private static string CodeOf(Action action) => Should.Throw<BusinessRuleException>(action).Code;

    [Fact]
    public void OpenPublicComment_WhenShorterThan30DaysWithoutReason_IsRefusedUnderArticle15()
    {
        var error = Should.Throw<BusinessRuleException>(() => Draft().OpenPublicComment(Guid.NewGuid(), 20, 30, null, Day, Day.AddDays(20)));

        error.Code.ShouldBe("decisions.participation.period-too-short");
        error.Message.ShouldContain("第十五条");
    }

    [Fact]
    public void OpenPublicComment_WhenShortenedForUrgencyWithReason_IsAllowed()
    {
        var d = Draft();
        d.OpenPublicComment(Guid.NewGuid(), 15, 30, "汛期前须完成河道整治", Day, Day.AddDays(15));

        d.CommentShortenedReason.ShouldBe("汛期前须完成河道整治");
        d.Stage.ShouldBe(DecisionStage.PublicParticipation);
    }

    [Fact]
    public void NoticeHearing_WhenLessThan7DaysAhead_IsRefusedUnderArticle16()
    {
        var d = Draft();
        var hearing = d.ScheduleHearing("迁建方案", "乡政府会议室", Day.AddDays(10), "随机抽取", "商户代表5名");

        var error = Should.Throw<BusinessRuleException>(() => d.NoticeHearing(hearing.Id, Day.AddDays(4), 7));

        error.Code.ShouldBe("decisions.hearing.notice-too-late");
        error.Message.ShouldContain("第十六条");
    }

    [Fact]
    public void NoticeHearing_WhenExactly7DaysAhead_IsAccepted()
    {
        var d = Draft();
        var hearing = d.ScheduleHearing("迁建方案", "乡政府会议室", Day.AddDays(10), "随机抽取", "商户代表5名");

        d.NoticeHearing(hearing.Id, Day.AddDays(3), 7);

        hearing.NoticedOn.ShouldBe(Day.AddDays(3));
    }

    [Fact]
    public void RecordHearing_WhenParticipantsHaveNotSigned_IsRefusedUnderArticle17()
    {
        var d = Draft();
        var hearing = d.ScheduleHearing("迁建方案", "乡政府会议室", Day.AddDays(10), "随机抽取", "商户代表5名");
        d.NoticeHearing(hearing.Id, Day, 7);

        CodeOf(() => d.RecordHearing(hearing.Id, "笔录", signed: false, Day.AddDays(10))).ShouldBe("decisions.hearing.record-unsigned");
    }

    [Fact]
    public void RecordRiskAssessment_WhenHighRiskWithoutContingencyPlan_IsRefusedUnderArticle24()
    {
        CodeOf(() => Draft().RecordRiskAssessment("综治中心", Day, [RiskPoint.Create("社会稳定", "群体性上访", 4, 5, "提前化解")], RiskLevel.High, "稳控", null))
            .ShouldBe("decisions.risk.contingency-plan-missing");
    }

    [Fact]
    public void RecordRiskAssessment_ScoresEachPointAsLikelihoodTimesImpact()
    {
        var d = Draft();
        d.RecordRiskAssessment("综治中心", Day, [RiskPoint.Create("社会稳定", "群体性上访", 4, 5, "提前化解"), RiskPoint.Create("财政", "超概算", 2, 3, "分期支付")],
            RiskLevel.High, "稳控", "启动应急预案，乡长任组长");

        d.RiskPoints.Select(p => p.Score).ShouldBe([20, 6]);
        d.ContingencyPlan.ShouldNotBeNull();
    }

    [Fact]
    public void RequestLegalityReview_WhenReplyDueBeforeSevenWorkingDays_IsRefusedUnderArticle26()
    {
        var error = Should.Throw<BusinessRuleException>(() => Draft().RequestLegalityReview(Day, Day.AddDays(3), Day.AddDays(9), 7));

        error.Code.ShouldBe("decisions.legality.review-time-too-short");
        error.Message.ShouldContain("第二十六条");
    }

    [Fact]
    public void Decide_WithoutPassedLegalityReview_IsRefusedUnderArticle25()
    {
        var d = Draft();
        d.OpenPublicComment(Guid.NewGuid(), 30, 30, null, Day, Day.AddDays(30));
        d.RecordRiskAssessment("综治中心", Day, [RiskPoint.Create("社会稳定", "争议", 2, 2, "协商")], RiskLevel.Low, "协商", null);
        d.RequestLegalityReview(Day, Day.AddDays(11), Day.AddDays(11), 7);
        d.RecordLegalityReviewOpinion("法律顾问", LegalityReviewOpinion.Failed, "超越职权。", Day.AddDays(10));

        CodeOf(() => d.Decide(Meeting(d, Day.AddDays(40), View("副乡长甲"), View("乡长", head: true)), riskAssessmentRequired: true))
            .ShouldBe("decisions.collective.legality-review-not-passed");
    }

    [Fact]
    public void Decide_BeforeCommentPeriodEnds_IsRefusedUnderArticle15()
    {
        var d = ReadyForMeeting(Day.AddDays(60));

        CodeOf(() => d.Decide(Meeting(d, Day.AddDays(50), View("副乡长甲"), View("乡长", head: true)), riskAssessmentRequired: true))
            .ShouldBe("decisions.collective.comment-period-not-ended");
    }

    [Fact]
    public void Decide_WithoutRiskAssessment_WhenSettingsRequireIt_IsRefused()
    {
        var d = Draft();
        d.OpenPublicComment(Guid.NewGuid(), 30, 30, null, Day, Day.AddDays(30));
        d.RequestLegalityReview(Day, Day.AddDays(11), Day.AddDays(11), 7);
        d.RecordLegalityReviewOpinion("法律顾问", LegalityReviewOpinion.Passed, "合法。", Day.AddDays(10));
        var meeting = Meeting(d, Day.AddDays(40), View("副乡长甲"), View("乡长", head: true));

        CodeOf(() => d.Decide(meeting, riskAssessmentRequired: true)).ShouldBe("decisions.collective.risk-assessment-missing");
        d.Decide(meeting, riskAssessmentRequired: false);
        d.Stage.ShouldBe(DecisionStage.Adopted);
    }

    [Fact]
    public void Decide_WhenHeadDoesNotSpeakLast_IsRefusedAsLastSpeakerRule()
    {
        var d = ReadyForMeeting(Day.AddDays(30));

        var error = Should.Throw<BusinessRuleException>(() => d.Decide(Meeting(d, Day.AddDays(50), View("乡长", head: true), View("副乡长甲")), riskAssessmentRequired: true));

        error.Code.ShouldBe("decisions.collective.head-not-last");
        error.Message.ShouldContain("末位表态");
        d.Stage.ShouldBe(DecisionStage.AwaitingDecision);
    }

    [Fact]
    public void Decide_WhenHeadOverrulesMajorityWithoutReasons_IsRefusedUnderArticle30()
    {
        var d = ReadyForMeeting(Day.AddDays(30));
        var meeting = Meeting(d, Day.AddDays(50), View("副乡长甲", position: MemberPosition.Disagree), View("副乡长乙", position: MemberPosition.Disagree), View("乡长", head: true));

        CodeOf(() => d.Decide(meeting, riskAssessmentRequired: true)).ShouldBe("decisions.collective.overrule-reasons-missing");
    }

    [Fact]
    public void Decide_WhenEveryRuleHolds_AdoptsAndRecordsDissent()
    {
        var d = ReadyForMeeting(Day.AddDays(30));
        var meeting = Meeting(d, Day.AddDays(50), View("副乡长甲", position: MemberPosition.Disagree), View("副乡长乙"), View("武装部长"), View("乡长", head: true));

        d.Decide(meeting, riskAssessmentRequired: true);

        d.Stage.ShouldBe(DecisionStage.Adopted);
        meeting.DissentCount.ShouldBe(1);
    }

    [Fact]
    public void AnyStep_AfterArchiveIsClosed_IsRefusedUnderArticle33()
    {
        var d = ReadyForMeeting(Day.AddDays(30));
        d.Decide(Meeting(d, Day.AddDays(50), View("副乡长甲"), View("乡长", head: true)), riskAssessmentRequired: true);
        d.Publish("太政发〔2026〕3号", "决定全文", "采纳意见12条", Day.AddDays(55));
        d.CloseArchive("法制员", Day.AddDays(60), new string('a', 64));

        CodeOf(() => d.AddMilestone("完成搬迁", "乡村建设办", Day.AddDays(90))).ShouldBe("decisions.archive.closed");
        CodeOf(() => d.ReviseDraft("新草案", "", [])).ShouldBe("decisions.archive.closed");
    }

    [Fact]
    public void PlanEvaluation_ByTheUnitThatAssessedTheRisk_IsRefusedUnderArticle36()
    {
        var d = ReadyForMeeting(Day.AddDays(30));
        d.Decide(Meeting(d, Day.AddDays(50), View("副乡长甲"), View("乡长", head: true)), riskAssessmentRequired: true);
        d.Publish("太政发〔2026〕3号", "决定全文", "说明", Day.AddDays(55));

        CodeOf(() => d.PlanEvaluation("群众意见较多", "乡综治中心", Day.AddDays(200), Day.AddDays(260))).ShouldBe("decisions.evaluation.evaluator-not-independent");
    }

    [Fact]
    public void CatalogAddition_AfterApprovalWithoutReason_IsRefused()
    {
        var catalog = DecisionCatalog.Open(Guid.NewGuid(), 2026);
        catalog.AddItem("农贸市场迁建", DecisionCategory.PublicConstruction, "乡村建设办", "公众参与、风险评估、合法性审查、集体讨论决定", null, true, null, Day);
        catalog.Approve(Day.AddDays(5), "乡党委会议2026年第2次");

        CodeOf(() => catalog.AddItem("垃圾中转站选址", DecisionCategory.PublicConstruction, "乡村建设办", "全部程序", null, false, null, Day.AddDays(90)))
            .ShouldBe("decisions.catalog.addition-reason-missing");
        catalog.AddItem("垃圾中转站选址", DecisionCategory.PublicConstruction, "乡村建设办", "全部程序", null, false, "县下达环境整治任务", Day.AddDays(90)).AddedAfterApproval.ShouldBeTrue();
        catalog.IsPublic.ShouldBeTrue();
    }
}
