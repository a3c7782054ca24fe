using Fazhi.Platform.ErrorHandling;

namespace Fazhi.Modules.Decisions.Rules;

// The named rules of a major decision (重大行政决策程序暂行条例, 国务院令第713号), each citing its article.

internal sealed record CatalogApprovedOnce(bool Approved) : IBusinessRule
{
    public bool IsBroken => Approved;

    public string Code => "decisions.catalog.already-approved";

    public string Message => "决策事项目录已经同级党委同意并公布，不能重复审批；年度中增加事项请填写增补理由（国务院令第713号第三条第三款）。";
}

internal sealed record CatalogHasItems(int Count) : IBusinessRule
{
    public bool IsBroken => Count == 0;

    public string Code => "decisions.catalog.empty";

    public string Message => "决策事项目录没有任何事项，不能报批公布（国务院令第713号第三条第三款）。";
}

internal sealed record CatalogAdditionNeedsReason(bool Approved, string? Reason) : IBusinessRule
{
    public bool IsBroken => Approved && string.IsNullOrWhiteSpace(Reason);

    public string Code => "decisions.catalog.addition-reason-missing";

    public string Message => "目录已公布，年度中增补决策事项须说明增补理由（国务院令第713号第三条第三款：目录根据实际情况调整）。";

    public string? Field => "AdditionReason";
}

internal sealed record CatalogItemBelongsToTownship(bool Found) : IBusinessRule
{
    public bool IsBroken => !Found;

    public string Code => "decisions.catalog.item-unknown";

    public string Message => "所选目录事项不存在或不属于本乡镇（国务院令第713号第三条第三款）。";

    public string? Field => "CatalogItemId";
}

internal sealed record CommentPeriodAtLeastMinimum(int Days, int Minimum, string? ShortenedReason) : IBusinessRule
{
    public bool IsBroken => Days < Minimum && string.IsNullOrWhiteSpace(ShortenedReason);

    public string Code => "decisions.participation.period-too-short";

    public string Message => $"公开征求意见期限为{Days}日，少于{Minimum}日；因情况紧急需要缩短的，须在征求意见时予以说明（国务院令第713号第十五条）。";

    public string? Field => "ShortenedReason";
}

internal sealed record ConsultationOpenedOnce(bool Opened) : IBusinessRule
{
    public bool IsBroken => Opened;

    public string Code => "decisions.participation.already-open";

    public string Message => "该决策草案已经公开征求意见，不能重复发起（国务院令第713号第十五条）。";
}

internal sealed record HearingNoticedInTime(DateOnly NoticedOn, DateOnly HeldOn, int MinimumDays) : IBusinessRule
{
    public bool IsBroken => HeldOn.DayNumber - NoticedOn.DayNumber < MinimumDays;

    public string Code => "decisions.hearing.notice-too-late";

    public string Message => $"听证会定于{HeldOn:yyyy年M月d日}举行，听证材料于{NoticedOn:yyyy年M月d日}公布送达，距听证不足{MinimumDays}日（国务院令第713号第十六条：听证材料应当于听证会7日前送达听证参加人）。";
}

internal sealed record HearingWasNoticed(bool Noticed) : IBusinessRule
{
    public bool IsBroken => !Noticed;

    public string Code => "decisions.hearing.not-noticed";

    public string Message => "听证会未依法提前公布听证材料、时间和地点，不能记录听证笔录（国务院令第713号第十六条）。";
}

internal sealed record HearingRecordSigned(bool Signed) : IBusinessRule
{
    public bool IsBroken => !Signed;

    public string Code => "decisions.hearing.record-unsigned";

    public string Message => "听证笔录须经听证参加人确认签字后方可记录（国务院令第713号第十七条第（三）项）。";

    public string? Field => "ParticipantsSigned";
}

internal sealed record HearingRecordedAfterItIsHeld(DateOnly HeldOn, DateOnly RecordedOn) : IBusinessRule
{
    public bool IsBroken => RecordedOn < HeldOn;

    public string Code => "decisions.hearing.not-yet-held";

    public string Message => $"听证会定于{HeldOn:yyyy年M月d日}举行，举行前不能记录听证笔录（国务院令第713号第十七条）。";

    public string? Field => "On";
}

internal sealed record ExpertHasNoInterest(bool HasInterest) : IBusinessRule
{
    public bool IsBroken => HasInterest;

    public string Code => "decisions.expert.conflict-of-interest";

    public string Message => "与决策事项有直接利害关系的专家不得参加论证（国务院令第713号第二十条：选择专家应当坚持专业性、代表性和中立性）。";

    public string? Field => "HasInterest";
}

internal sealed record RiskScoresInRange(int Likelihood, int Impact) : IBusinessRule
{
    public bool IsBroken => Likelihood is < 1 or > 5 || Impact is < 1 or > 5;

    public string Code => "decisions.risk.score-out-of-range";

    public string Message => "风险点的发生可能性和影响程度均按1至5级评定（国务院令第713号第二十二条、第二十四条：风险评估报告载明风险点）。";

    public string? Field => "Points";
}

internal sealed record HighRiskHasContingencyPlan(bool High, string? ContingencyPlan) : IBusinessRule
{
    public bool IsBroken => High && string.IsNullOrWhiteSpace(ContingencyPlan);

    public string Code => "decisions.risk.contingency-plan-missing";

    public string Message => "评估为高风险的决策须制定风险处置预案（国务院令第713号第二十四条：风险评估报告应当提出防范措施和处置预案）。";

    public string? Field => "ContingencyPlan";
}

internal sealed record RiskAssessmentHasPoints(int Count) : IBusinessRule
{
    public bool IsBroken => Count == 0;

    public string Code => "decisions.risk.no-points";

    public string Message => "风险评估报告须列明评估出的风险点（国务院令第713号第二十四条）。";

    public string? Field => "Points";
}

internal sealed record LegalityReviewAllowsMinimumTime(DateOnly ReplyBy, DateOnly EarliestReplyBy, int WorkingDays) : IBusinessRule
{
    public bool IsBroken => ReplyBy < EarliestReplyBy;

    public string Code => "decisions.legality.review-time-too-short";

    public string Message => $"合法性审查时间一般不少于{WorkingDays}个工作日，审查期限不得早于{EarliestReplyBy:yyyy年M月d日}（国务院令第713号第二十六条）。";

    public string? Field => "ReplyBy";
}

internal sealed record LegalityReviewRequested(bool Requested) : IBusinessRule
{
    public bool IsBroken => !Requested;

    public string Code => "decisions.legality.not-requested";

    public string Message => "尚未送请合法性审查，不能出具审查意见（国务院令第713号第二十六条：送请审查应当提供决策草案及相关材料）。";
}

internal sealed record LegalityReviewPassedBeforeDecision(bool Passed) : IBusinessRule
{
    public bool IsBroken => !Passed;

    public string Code => "decisions.collective.legality-review-not-passed";

    public string Message => "决策草案未经合法性审查或经审查不合法，不得提交集体讨论（国务院令第713号第二十五条）。";
}

internal sealed record CommentPeriodEndedBeforeDecision(DateOnly? ClosesOn, DateOnly MeetingOn) : IBusinessRule
{
    public bool IsBroken => ClosesOn is { } closes && MeetingOn <= closes;

    public string Code => "decisions.collective.comment-period-not-ended";

    public string Message => $"公开征求意见期限至{ClosesOn:yyyy年M月d日}，期限届满前不能作出决策（国务院令第713号第十五条：征求意见期限一般不少于30日）。";

    public string? Field => "HeldOn";
}

internal sealed record PublicParticipationBeforeDecision(bool Done) : IBusinessRule
{
    public bool IsBroken => !Done;

    public string Code => "decisions.collective.no-public-participation";

    public string Message => "决策草案尚未向社会公开征求意见，不能提交集体讨论（国务院令第713号第十四条、第十五条）。";
}

internal sealed record RiskAssessmentBeforeDecision(bool Required, bool Done) : IBusinessRule
{
    public bool IsBroken => Required && !Done;

    public string Code => "decisions.collective.risk-assessment-missing";

    public string Message => "本乡镇设置要求重大行政决策作出前进行风险评估，该决策尚无风险评估报告，不能提交集体讨论（国务院令第713号第二十二条、第二十九条）。";
}

internal sealed record HeadSpeaksLast(int HeadCount, bool HeadIsLast) : IBusinessRule
{
    public bool IsBroken => HeadCount != 1 || !HeadIsLast;

    public string Code => "decisions.collective.head-not-last";

    public string Message => HeadCount == 1
        ? "行政首长须在集体讨论的最后发表意见（末位表态，国务院令第713号第三十条）。"
        : "集体讨论记录须有且只有一名行政首长表态，并在最后发表意见（末位表态，国务院令第713号第三十条）。";

    public string? Field => "Views";
}

internal sealed record MeetingHasViews(int Count) : IBusinessRule
{
    public bool IsBroken => Count < 2;

    public string Code => "decisions.collective.too-few-views";

    public string Message => "集体讨论应当如实记录参会成员的意见，至少记录两名成员的发言（国务院令第713号第三十条：讨论情况和决定应当如实记录）。";

    public string? Field => "Views";
}

internal sealed record OverruledMajorityStatesReasons(bool HeadAgainstMajority, string? Reasons) : IBusinessRule
{
    public bool IsBroken => HeadAgainstMajority && string.IsNullOrWhiteSpace(Reasons);

    public string Code => "decisions.collective.overrule-reasons-missing";

    public string Message => "行政首长拟作出的决定与会议组成人员多数人的意见不一致的，应当在会上说明理由（国务院令第713号第三十条）。";

    public string? Field => "OverruleReasons";
}

internal sealed record DecisionAwaitsMeeting(bool Awaits) : IBusinessRule
{
    public bool IsBroken => !Awaits;

    public string Code => "decisions.collective.not-awaiting";

    public string Message => "该决策已经集体讨论作出决定，不能再次提交审议（国务院令第713号第三十条）。";
}

/// <summary>第31条: "重大行政决策出台前应当按照规定向同级党委请示报告" — no publication before the committee's agreement is on record.</summary>
internal sealed record PartyCommitteeAgreedBeforePublication(bool Required, bool Replied, bool Agreed) : IBusinessRule
{
    public bool IsBroken => Required && (!Replied || !Agreed);

    public string Code => Replied ? "decisions.publication.party-committee-not-agreed" : "decisions.publication.party-committee-reply-missing";

    public string Message => Replied
        ? "同级党委未同意该决策出台，不能公布（国务院令第713号第三十一条：重大行政决策出台前应当按照规定向同级党委请示报告）。"
        : "该决策须报请同级党委同意，尚未记录党委的意见，不能公布（国务院令第713号第三十一条：重大行政决策出台前应当按照规定向同级党委请示报告）。";
}

internal sealed record PartyCommitteeReplyFollowsReport(DateOnly? ReportedOn, DateOnly RepliedOn) : IBusinessRule
{
    public bool IsBroken => ReportedOn is not { } reported || RepliedOn < reported;

    public string Code => ReportedOn is null ? "decisions.party-committee.not-reported" : "decisions.party-committee.reply-before-report";

    public string Message => ReportedOn is { } reported
        ? $"党委意见日期不能早于请示报告日期{reported:yyyy年M月d日}（国务院令第713号第三十一条）。"
        : "尚未向同级党委请示报告，不能记录党委意见（国务院令第713号第三十一条）。";

    public string? Field => ReportedOn is null ? null : "RepliedOn";
}

internal sealed record PartyCommitteeChoiceBeforePublication(bool Published) : IBusinessRule
{
    public bool IsBroken => Published;

    public string Code => "decisions.party-committee.after-publication";

    public string Message => "决策已公布，不能再变更向同级党委请示报告的记录（国务院令第713号第三十一条：请示报告应在决策出台前）。";
}

internal sealed record PublishedOnlyWhenAdopted(bool Adopted) : IBusinessRule
{
    public bool IsBroken => !Adopted;

    public string Code => "decisions.publication.not-adopted";

    public string Message => "决策尚未经集体讨论通过，不能公布（国务院令第713号第三十二条）。";
}

internal sealed record ImplementationAfterPublication(bool Published) : IBusinessRule
{
    public bool IsBroken => !Published;

    public string Code => "decisions.implementation.not-published";

    public string Message => "决策公布后方可组织实施并跟踪执行情况（国务院令第713号第三十四条）。";
}

internal sealed record EvaluatorIsIndependent(string Evaluator, string? RiskAssessor) : IBusinessRule
{
    public bool IsBroken => RiskAssessor is not null && string.Equals(Evaluator.Trim(), RiskAssessor.Trim(), StringComparison.Ordinal);

    public string Code => "decisions.evaluation.evaluator-not-independent";

    public string Message => "决策后评估不得委托承担该决策主要评估论证工作的单位进行（国务院令第713号第三十六条）。";

    public string? Field => "Evaluator";
}

internal sealed record ArchiveIsOpen(bool Closed) : IBusinessRule
{
    public bool IsBroken => Closed;

    public string Code => "decisions.archive.closed";

    public string Message => "决策档案已归档封存，其中的文件、意见、记录和录音不能再更改（国务院令第713号第三十三条）。";
}

internal sealed record ArchiveAfterPublication(bool Published) : IBusinessRule
{
    public bool IsBroken => !Published;

    public string Code => "decisions.archive.not-published";

    public string Message => "决策公布后方可将决策过程记录和材料完整归档（国务院令第713号第三十三条）。";
}

internal sealed record MatterDecidedOnce(bool Decided) : IBusinessRule
{
    public bool IsBroken => Decided;

    public string Code => "decisions.matter.already-decided";

    public string Message => "该“三重一大”事项已经集体讨论决定，不能重复记录。";
}
