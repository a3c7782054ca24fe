using Fazhi.Modules.Decisions.Rules;
using Fazhi.Platform.ErrorHandling;
using Fazhi.Platform.Tenancy;
using Fazhi.Platform.Data;

namespace Fazhi.Modules.Decisions.Model;

/// <summary>
/// 重大行政决策: one decision from initiation to post-decision evaluation. State changes only through the methods below,
/// each checking its named rules; dates are passed in (the handlers compute statutory periods on the official calendar),
/// so the rules are testable without a database. Public once published (第32条); its archive, once closed, is
/// immutable (第33条).
/// </summary>
internal sealed class MajorDecision : IPublishable, INumberedInYear
{
    private MajorDecision()
    {
    }

    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid TownshipId { get; private set; }

    public int Year { get; private set; }

    public int Sequence { get; private set; }

    public string Title { get; private set; } = "";

    public DecisionCategory Category { get; private set; }

    /// <summary>决策承办单位 (第11条).</summary>
    public string Owner { get; private set; } = "";

    /// <summary>Who proposed it (第10条: leaders, departments, 人大代表, citizens…).</summary>
    public string Proposer { get; private set; } = "";

    public Guid? CatalogItemId { get; private set; }

    public DateOnly InitiatedOn { get; private set; }

    public string Background { get; private set; } = "";

    public string DraftText { get; private set; } = "";

    public string DraftExplanation { get; private set; } = "";

    public DecisionStage Stage { get; private set; } = DecisionStage.Drafting;

    public List<DecisionOption> Options { get; private set; } = [];

    // 公众参与 (第14–18条)
    public Guid? ConsultationId { get; private set; }

    public DateOnly? CommentOpensOn { get; private set; }

    public DateOnly? CommentClosesOn { get; private set; }

    public string? CommentShortenedReason { get; private set; }

    public List<DecisionHearing> Hearings { get; private set; } = [];

    // 专家论证 (第19–21条)
    public List<ExpertOpinion> ExpertOpinions { get; private set; } = [];

    // 风险评估 (第22–24条)
    public DateOnly? RiskAssessedOn { get; private set; }

    public string? RiskAssessor { get; private set; }

    public RiskLevel? RiskLevel { get; private set; }

    public string? RiskMitigation { get; private set; }

    public string? ContingencyPlan { get; private set; }

    public List<RiskPoint> RiskPoints { get; private set; } = [];

    // 合法性审查 (第25–28条)
    public DateOnly? LegalityReviewRequestedOn { get; private set; }

    /// <summary>The day the reviewer's opinion is due: at least 7 working days after the request (第26条).</summary>
    public DateOnly? LegalityReviewReplyBy { get; private set; }

    public DateOnly? LegalityReviewedOn { get; private set; }

    public string? LegalityReviewer { get; private set; }

    public LegalityReviewOpinion? LegalityReviewOpinion { get; private set; }

    public string? LegalityReviewOpinionText { get; private set; }

    // 集体讨论决定 (第30条): the latest meeting; every meeting is kept in CollectiveMeeting.
    public Guid? MeetingId { get; private set; }

    public MeetingOutcome? Outcome { get; private set; }

    public DateOnly? DecidedOn { get; private set; }

    // 向同级党委请示报告 (第31条): whether this decision must be reported, and the report and the committee's reply.
    public bool RequiresPartyCommitteeReport { get; private set; }

    public string? PartyCommittee { get; private set; }

    public DateOnly? PartyReportedOn { get; private set; }

    public string? PartyReportMatter { get; private set; }

    public DateOnly? PartyRepliedOn { get; private set; }

    public bool? PartyAgreed { get; private set; }

    public string? PartyReply { get; private set; }

    // 公布 (第32条)
    public DateOnly? PublishedOn { get; private set; }

    public string? DocumentNumber { get; private set; }

    public string? PublishedText { get; private set; }

    public string? Interpretation { get; private set; }

    public List<ImplementationMilestone> Milestones { get; private set; } = [];

    public List<PostDecisionEvaluation> Evaluations { get; private set; } = [];

    // 决策档案 (第33条)
    public DateOnly? ArchiveClosedOn { get; private set; }

    public string? ArchiveClosedBy { get; private set; }

    /// <summary>SHA-256 of the archive index at closing: the index lists every item's hash, so this seals the whole archive.</summary>
    public string? ArchiveSeal { get; private set; }

    /// <summary>Stored so the portal's published view can filter on it (PublicQueries); set on publication.</summary>
    public bool IsPublic { get; private set; }

    public bool ArchiveClosed => ArchiveClosedOn is not null;

    public bool HasPublicParticipation => ConsultationId is not null || Hearings.Count > 0;

    public bool HasRiskAssessment => RiskAssessedOn is not null;

    public bool LegalityReviewPassed => LegalityReviewOpinion is Model.LegalityReviewOpinion.Passed or Model.LegalityReviewOpinion.PassedWithChanges;

    /// <summary>Decided by the meeting and not yet past it: adopted, rejected or further on.</summary>
    public bool IsDecided => Stage is DecisionStage.Adopted or DecisionStage.Rejected or DecisionStage.Published or DecisionStage.Implementing or DecisionStage.Evaluated;

    public string Number => $"{Year}-{Sequence:000}";

    /// <summary>
    /// 第10–13条: the decision-making body starts the procedure, names the 承办单位 and the draft with its options. The
    /// sequence numbers the township's decisions of the year.
    /// </summary>
    public static MajorDecision Initiate(Guid townshipId, int sequence, string title, DecisionCategory category, string owner, string proposer, string background,
        Guid? catalogItemId, DateOnly initiatedOn, bool requiresPartyCommitteeReport, string draftText, string draftExplanation,
        IEnumerable<(string Name, string Description, bool Recommended)> options)
    {
        var decision = new MajorDecision
        {
            TownshipId = townshipId,
            Year = initiatedOn.Year,
            Sequence = sequence,
            Title = title.Trim(),
            Category = category,
            Owner = owner.Trim(),
            Proposer = proposer.Trim(),
            Background = background.Trim(),
            CatalogItemId = catalogItemId,
            InitiatedOn = initiatedOn,
            RequiresPartyCommitteeReport = requiresPartyCommitteeReport,
        };
        decision.ReviseDraft(draftText, draftExplanation, options);
        return decision;
    }

    public void EnsureOpen() => BusinessRule.Check(new ArchiveIsOpen(ArchiveClosed));

    public void ReviseDraft(string draftText, string explanation, IEnumerable<(string Name, string Description, bool Recommended)> options)
    {
        EnsureOpen();
        DraftText = draftText.Trim();
        DraftExplanation = explanation.Trim();
        Options.Clear();
        var order = 1;
        foreach (var (name, description, recommended) in options)
        {
            Options.Add(new DecisionOption(Id, order++, name.Trim(), description.Trim(), recommended));
        }
    }

    /// <summary>
    /// 第15条: the checks made before the consultation is opened in the shared component, so that a refused period
    /// opens nothing: the draft goes to public comment once, for at least the minimum unless the urgency is stated.
    /// </summary>
    public void EnsureMayOpenPublicComment(int days, int minimumDays, string? shortenedReason)
    {
        EnsureOpen();
        BusinessRule.Check(new ConsultationOpenedOnce(ConsultationId is not null));
        BusinessRule.Check(new CommentPeriodAtLeastMinimum(days, minimumDays, shortenedReason));
    }

    /// <summary>第15条: at least 30 days, shorter only for urgency stated at publication.</summary>
    public void OpenPublicComment(Guid consultationId, int days, int minimumDays, string? shortenedReason, DateOnly opensOn, DateOnly closesOn)
    {
        EnsureMayOpenPublicComment(days, minimumDays, shortenedReason);
        ConsultationId = consultationId;
        CommentOpensOn = opensOn;
        CommentClosesOn = closesOn;
        CommentShortenedReason = string.IsNullOrWhiteSpace(shortenedReason) ? null : shortenedReason.Trim();
        if (Stage == DecisionStage.Drafting)
        {
            Stage = DecisionStage.PublicParticipation;
        }
    }

    /// <summary>Plans a hearing (第16条); its materials, time and place are then noticed at least 7 days ahead.</summary>
    public DecisionHearing ScheduleHearing(string subject, string place, DateOnly heldOn, string participantSelection, string participants)
    {
        EnsureOpen();
        var hearing = new DecisionHearing(Id, subject.Trim(), place.Trim(), heldOn, participantSelection.Trim(), participants.Trim());
        Hearings.Add(hearing);
        if (Stage == DecisionStage.Drafting)
        {
            Stage = DecisionStage.PublicParticipation;
        }

        return hearing;
    }

    public DecisionHearing? Hearing(Guid hearingId) => Hearings.SingleOrDefault(h => h.Id == hearingId);

    /// <summary>第16条: hearing materials served on the participants at least 7 days before the hearing.</summary>
    public DecisionHearing NoticeHearing(Guid hearingId, DateOnly noticedOn, int minimumNoticeDays)
    {
        EnsureOpen();
        var hearing = Hearings.Single(h => h.Id == hearingId);
        BusinessRule.Check(new HearingNoticedInTime(noticedOn, hearing.HeldOn, minimumNoticeDays));
        hearing.Notice(noticedOn);
        return hearing;
    }

    /// <summary>第17条: the record is confirmed and signed by the participants.</summary>
    public DecisionHearing RecordHearing(Guid hearingId, string record, bool signed, DateOnly recordedOn)
    {
        EnsureOpen();
        var hearing = Hearings.Single(h => h.Id == hearingId);
        BusinessRule.Check(new HearingWasNoticed(hearing.NoticedOn is not null));
        BusinessRule.Check(new HearingRecordedAfterItIsHeld(hearing.HeldOn, recordedOn));
        BusinessRule.Check(new HearingRecordSigned(signed));
        hearing.Sign(record.Trim(), recordedOn);
        return hearing;
    }

    /// <summary>第19–20条: written, signed opinions of neutral experts.</summary>
    public ExpertOpinion AddExpertOpinion(string expert, string affiliation, string form, string opinion, bool hasInterest, DateOnly givenOn, bool adopted, string? adoptionNote)
    {
        EnsureOpen();
        BusinessRule.Check(new ExpertHasNoInterest(hasInterest));
        var item = new ExpertOpinion(Id, expert.Trim(), affiliation.Trim(), form.Trim(), opinion.Trim(), givenOn, adopted,
            string.IsNullOrWhiteSpace(adoptionNote) ? null : adoptionNote.Trim());
        ExpertOpinions.Add(item);
        return item;
    }

    /// <summary>第22–24条: risk points, overall level, mitigation and (for high risk) a contingency plan.</summary>
    public void RecordRiskAssessment(string assessor, DateOnly assessedOn, IReadOnlyList<RiskPoint> points, RiskLevel level, string mitigation, string? contingencyPlan)
    {
        ArgumentNullException.ThrowIfNull(points);
        EnsureOpen();
        BusinessRule.Check(new RiskAssessmentHasPoints(points.Count));
        foreach (var point in points)
        {
            BusinessRule.Check(new RiskScoresInRange(point.Likelihood, point.Impact));
        }

        BusinessRule.Check(new HighRiskHasContingencyPlan(level == Model.RiskLevel.High, contingencyPlan));
        RiskAssessor = assessor.Trim();
        RiskAssessedOn = assessedOn;
        RiskLevel = level;
        RiskMitigation = mitigation.Trim();
        ContingencyPlan = string.IsNullOrWhiteSpace(contingencyPlan) ? null : contingencyPlan.Trim();
        RiskPoints.Clear();
        var order = 1;
        foreach (var point in points)
        {
            point.Attach(Id, order++);
            RiskPoints.Add(point);
        }
    }

    /// <summary>第26条: the reviewer gets at least 7 working days; <paramref name="earliestReplyBy"/> is that day on the official calendar.</summary>
    public void RequestLegalityReview(DateOnly requestedOn, DateOnly replyBy, DateOnly earliestReplyBy, int workingDays)
    {
        EnsureOpen();
        BusinessRule.Check(new LegalityReviewAllowsMinimumTime(replyBy, earliestReplyBy, workingDays));
        LegalityReviewRequestedOn = requestedOn;
        LegalityReviewReplyBy = replyBy;
        LegalityReviewedOn = null;
        LegalityReviewOpinion = null;
        LegalityReviewOpinionText = null;
        LegalityReviewer = null;
        Stage = DecisionStage.LegalityReview;
    }

    /// <summary>第27–28条: the written opinion of the reviewing body, given with the legal advisor's opinion.</summary>
    public void RecordLegalityReviewOpinion(string reviewer, LegalityReviewOpinion opinion, string text, DateOnly reviewedOn)
    {
        EnsureOpen();
        BusinessRule.Check(new LegalityReviewRequested(LegalityReviewRequestedOn is not null));
        LegalityReviewer = reviewer.Trim();
        LegalityReviewOpinion = opinion;
        LegalityReviewOpinionText = text.Trim();
        LegalityReviewedOn = reviewedOn;
        Stage = LegalityReviewPassed ? DecisionStage.AwaitingDecision : DecisionStage.Drafting;
    }

    /// <summary>
    /// The refusals before a collective decision (第15, 22, 25, 30条): the comment period must have ended, the
    /// legality review passed, a risk assessment made where the settings require one, the head must speak last.
    /// </summary>
    public void Decide(CollectiveMeeting meeting, bool riskAssessmentRequired)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        EnsureOpen();
        BusinessRule.Check(new DecisionAwaitsMeeting(!IsDecided));
        BusinessRule.Check(new PublicParticipationBeforeDecision(HasPublicParticipation));
        BusinessRule.Check(new CommentPeriodEndedBeforeDecision(CommentClosesOn, meeting.HeldOn));
        BusinessRule.Check(new RiskAssessmentBeforeDecision(riskAssessmentRequired, HasRiskAssessment));
        BusinessRule.Check(new LegalityReviewPassedBeforeDecision(LegalityReviewPassed));
        meeting.CheckRecord();
        MeetingId = meeting.Id;
        Outcome = meeting.Outcome;
        DecidedOn = meeting.HeldOn;
        Stage = meeting.Outcome switch
        {
            MeetingOutcome.Adopt => DecisionStage.Adopted,
            MeetingOutcome.Reject => DecisionStage.Rejected,
            // A draft to be revised goes back for revision and a new legality review (第37条: major change reruns the procedure).
            MeetingOutcome.Revise => DecisionStage.Drafting,
            MeetingOutcome.Postpone => DecisionStage.AwaitingDecision,
            _ => Stage,
        };
        if (meeting.Outcome == MeetingOutcome.Revise)
        {
            LegalityReviewOpinion = null;
            LegalityReviewedOn = null;
        }
    }

    /// <summary>第31条: whether the decision must be reported to the 同级党委 before it is issued; fixed once published.</summary>
    public void RequirePartyCommitteeReport(bool required)
    {
        EnsureOpen();
        BusinessRule.Check(new PartyCommitteeChoiceBeforePublication(PublishedOn is not null));
        RequiresPartyCommitteeReport = required;
    }

    /// <summary>第31条: the 请示报告 to the 同级党委 (a new report replaces an unanswered or refused one).</summary>
    public void ReportToPartyCommittee(string committee, string matter, DateOnly reportedOn)
    {
        EnsureOpen();
        BusinessRule.Check(new PartyCommitteeChoiceBeforePublication(PublishedOn is not null));
        PartyCommittee = committee.Trim();
        PartyReportMatter = matter.Trim();
        PartyReportedOn = reportedOn;
        PartyRepliedOn = null;
        PartyAgreed = null;
        PartyReply = null;
    }

    /// <summary>第31条: the committee's reply to the report, recorded as given.</summary>
    public void RecordPartyCommitteeReply(bool agreed, string reply, DateOnly repliedOn)
    {
        EnsureOpen();
        BusinessRule.Check(new PartyCommitteeChoiceBeforePublication(PublishedOn is not null));
        BusinessRule.Check(new PartyCommitteeReplyFollowsReport(PartyReportedOn, repliedOn));
        PartyAgreed = agreed;
        PartyReply = reply.Trim();
        PartyRepliedOn = repliedOn;
    }

    /// <summary>第32条: publish the adopted decision with the explanation of adopted opinions.</summary>
    public void Publish(string documentNumber, string text, string interpretation, DateOnly publishedOn)
    {
        EnsureOpen();
        BusinessRule.Check(new PublishedOnlyWhenAdopted(Stage == DecisionStage.Adopted));
        BusinessRule.Check(new PartyCommitteeAgreedBeforePublication(RequiresPartyCommitteeReport, PartyRepliedOn is not null, PartyAgreed == true));
        DocumentNumber = documentNumber.Trim();
        PublishedText = text.Trim();
        Interpretation = interpretation.Trim();
        PublishedOn = publishedOn;
        IsPublic = true;
        Stage = DecisionStage.Published;
    }

    /// <summary>第34–35条: the executing unit's milestones.</summary>
    public ImplementationMilestone AddMilestone(string title, string executor, DateOnly dueOn)
    {
        EnsureOpen();
        BusinessRule.Check(new ImplementationAfterPublication(PublishedOn is not null));
        var milestone = new ImplementationMilestone(Id, title.Trim(), executor.Trim(), dueOn);
        Milestones.Add(milestone);
        if (Stage == DecisionStage.Published)
        {
            Stage = DecisionStage.Implementing;
        }

        return milestone;
    }

    public ImplementationMilestone? Milestone(Guid milestoneId) => Milestones.SingleOrDefault(m => m.Id == milestoneId);

    /// <summary>第35条: the executing unit reports how the milestone was met.</summary>
    public ImplementationMilestone CompleteMilestone(Guid milestoneId, DateOnly doneOn, string note)
    {
        EnsureOpen();
        var milestone = Milestones.Single(m => m.Id == milestoneId);
        milestone.Complete(doneOn, note.Trim());
        return milestone;
    }

    /// <summary>第36条: evaluation by someone other than the unit that did the main pre-decision assessment.</summary>
    public PostDecisionEvaluation PlanEvaluation(string trigger, string evaluator, DateOnly startedOn, DateOnly dueOn)
    {
        EnsureOpen();
        BusinessRule.Check(new ImplementationAfterPublication(PublishedOn is not null));
        BusinessRule.Check(new EvaluatorIsIndependent(evaluator, RiskAssessor));
        var evaluation = new PostDecisionEvaluation(Id, trigger.Trim(), evaluator.Trim(), startedOn, dueOn);
        Evaluations.Add(evaluation);
        return evaluation;
    }

    public PostDecisionEvaluation? Evaluation(Guid evaluationId) => Evaluations.SingleOrDefault(e => e.Id == evaluationId);

    /// <summary>第36条: the evaluation's report and conclusion.</summary>
    public PostDecisionEvaluation CompleteEvaluation(Guid evaluationId, EvaluationConclusion conclusion, string report, DateOnly completedOn)
    {
        EnsureOpen();
        var evaluation = Evaluations.Single(e => e.Id == evaluationId);
        evaluation.Complete(conclusion, report.Trim(), completedOn);
        Stage = DecisionStage.Evaluated;
        return evaluation;
    }

    /// <summary>第33条: once closed, nothing in the archive changes.</summary>
    public void CloseArchive(string closedBy, DateOnly closedOn, string seal)
    {
        EnsureOpen();
        BusinessRule.Check(new ArchiveAfterPublication(PublishedOn is not null));
        ArchiveClosedBy = closedBy;
        ArchiveClosedOn = closedOn;
        ArchiveSeal = seal;
    }
}
