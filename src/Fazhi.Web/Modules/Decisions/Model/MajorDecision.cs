using Fazhi.Modules.Decisions.Rules;
using Fazhi.Platform.ErrorHandling;
using Fazhi.Platform.Tenancy;

namespace Fazhi.Modules.Decisions.Model;

/// <summary>
/// 重大行政决策: one decision from initiation to post-decision evaluation. Every step is a method that checks its named
/// rules; dates are passed in (the workflow computes statutory periods on the official calendar), so the rules are
/// testable without a database. Public once published (第32条); its archive, once closed, is immutable (第33条).
/// </summary>
internal sealed class MajorDecision : IPublishable
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid TownshipId { get; set; }

    public int Year { get; set; }

    public int Sequence { get; set; }

    public string Title { get; set; } = "";

    public DecisionCategory Category { get; set; }

    /// <summary>决策承办单位 (第11条).</summary>
    public string Owner { get; set; } = "";

    /// <summary>Who proposed it (第10条: leaders, departments, 人大代表, citizens…).</summary>
    public string Proposer { get; set; } = "";

    public Guid? CatalogItemId { get; set; }

    public DateOnly InitiatedOn { get; set; }

    public string Background { get; set; } = "";

    public string DraftText { get; set; } = "";

    public string DraftExplanation { get; set; } = "";

    public DecisionStage Stage { get; set; } = DecisionStage.Drafting;

    public List<DecisionOption> Options { get; set; } = [];

    // 公众参与 (第14–18条)
    public Guid? ConsultationId { get; set; }

    public DateOnly? CommentOpensOn { get; set; }

    public DateOnly? CommentClosesOn { get; set; }

    public string? CommentShortenedReason { get; set; }

    public List<DecisionHearing> Hearings { get; set; } = [];

    // 专家论证 (第19–21条)
    public List<ExpertOpinion> ExpertOpinions { get; set; } = [];

    // 风险评估 (第22–24条)
    public DateOnly? RiskAssessedOn { get; set; }

    public string? RiskAssessor { get; set; }

    public RiskLevel? RiskLevel { get; set; }

    public string? RiskMitigation { get; set; }

    public string? ContingencyPlan { get; set; }

    public List<RiskPoint> RiskPoints { get; set; } = [];

    // 合法性审查 (第25–28条)
    public DateOnly? LegalityRequestedOn { get; set; }

    public DateOnly? LegalityReplyBy { get; set; }

    public DateOnly? LegalityReviewedOn { get; set; }

    public string? LegalityReviewer { get; set; }

    public LegalityOpinion? LegalityOpinion { get; set; }

    public string? LegalityOpinionText { get; set; }

    // 集体讨论决定 (第30条): the latest meeting; every meeting is kept in CollectiveMeeting.
    public Guid? MeetingId { get; set; }

    public MeetingOutcome? Outcome { get; set; }

    public DateOnly? DecidedOn { get; set; }

    // 向同级党委请示报告 (第31条): whether this decision must be reported, and the report and the committee's reply.
    public bool RequiresPartyCommitteeReport { get; set; }

    public string? PartyCommittee { get; set; }

    public DateOnly? PartyReportedOn { get; set; }

    public string? PartyReportMatter { get; set; }

    public DateOnly? PartyRepliedOn { get; set; }

    public bool? PartyAgreed { get; set; }

    public string? PartyReply { get; set; }

    // 公布 (第32条)
    public DateOnly? PublishedOn { get; set; }

    public string? DocumentNumber { get; set; }

    public string? PublishedText { get; set; }

    public string? Interpretation { get; set; }

    public List<ImplementationMilestone> Milestones { get; set; } = [];

    public List<PostDecisionEvaluation> Evaluations { get; set; } = [];

    // 决策档案 (第33条)
    public DateOnly? ArchiveClosedOn { get; set; }

    public string? ArchiveClosedBy { get; set; }

    /// <summary>SHA-256 of the archive index at closing: the index lists every item's hash, so this seals the whole archive.</summary>
    public string? ArchiveSeal { get; set; }

    /// <summary>Stored so the portal's published view can filter on it (PublicQueries); set on publication.</summary>
    public bool IsPublic { get; set; }

    public bool ArchiveClosed => ArchiveClosedOn is not null;

    public bool HasPublicParticipation => ConsultationId is not null || Hearings.Count > 0;

    public bool HasRiskAssessment => RiskAssessedOn is not null;

    public bool LegalityPassed => LegalityOpinion is Model.LegalityOpinion.Passed or Model.LegalityOpinion.PassedWithChanges;

    public string Number => $"{Year}-{Sequence:000}";

    public void EnsureOpen() => BusinessRule.Check(new ArchiveIsOpen(ArchiveClosed));

    public void ReviseDraft(string draftText, string explanation, IEnumerable<DecisionOption> options)
    {
        EnsureOpen();
        DraftText = draftText.Trim();
        DraftExplanation = explanation.Trim();
        Options = [.. options];
    }

    /// <summary>第15条: at least 30 days, shorter only for urgency stated at publication.</summary>
    public void OpenPublicComment(Guid consultationId, int days, int minimumDays, string? shortenedReason, DateOnly opensOn, DateOnly closesOn)
    {
        EnsureOpen();
        BusinessRule.Check(new ConsultationOpenedOnce(ConsultationId is not null));
        BusinessRule.Check(new CommentPeriodAtLeastMinimum(days, minimumDays, shortenedReason));
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
        var hearing = new DecisionHearing
        {
            DecisionId = Id,
            Subject = subject.Trim(),
            Place = place.Trim(),
            HeldOn = heldOn,
            ParticipantSelection = participantSelection.Trim(),
            Participants = participants.Trim(),
        };
        Hearings.Add(hearing);
        if (Stage == DecisionStage.Drafting)
        {
            Stage = DecisionStage.PublicParticipation;
        }

        return hearing;
    }

    /// <summary>第16条: hearing materials served on the participants at least 7 days before the hearing.</summary>
    public DecisionHearing NoticeHearing(Guid hearingId, DateOnly noticedOn, int minimumNoticeDays)
    {
        EnsureOpen();
        var hearing = FindHearing(hearingId);
        BusinessRule.Check(new HearingNoticedInTime(noticedOn, hearing.HeldOn, minimumNoticeDays));
        hearing.NoticedOn = noticedOn;
        return hearing;
    }

    private DecisionHearing FindHearing(Guid hearingId) => Hearings.SingleOrDefault(h => h.Id == hearingId)
        ?? throw new BusinessRuleException("decisions.hearing.not-found", "没有该听证会。");

    /// <summary>第17条: the record is confirmed and signed by the participants.</summary>
    public DecisionHearing RecordHearing(Guid hearingId, string record, bool signed, DateOnly recordedOn)
    {
        EnsureOpen();
        var hearing = FindHearing(hearingId);
        BusinessRule.Check(new HearingWasNoticed(hearing.NoticedOn is not null));
        BusinessRule.Check(new HearingRecordedAfterItIsHeld(hearing.HeldOn, recordedOn));
        BusinessRule.Check(new HearingRecordSigned(signed));
        hearing.Record = record.Trim();
        hearing.RecordSigned = true;
        hearing.RecordedOn = recordedOn;
        return hearing;
    }

    /// <summary>第19–20条: written, signed opinions of neutral experts.</summary>
    public ExpertOpinion AddExpertOpinion(string expert, string affiliation, string form, string opinion, bool hasInterest, DateOnly givenOn, bool adopted, string? adoptionNote)
    {
        EnsureOpen();
        BusinessRule.Check(new ExpertHasNoInterest(hasInterest));
        var item = new ExpertOpinion
        {
            DecisionId = Id,
            Expert = expert.Trim(),
            Affiliation = affiliation.Trim(),
            Form = form.Trim(),
            Opinion = opinion.Trim(),
            GivenOn = givenOn,
            Adopted = adopted,
            AdoptionNote = adoptionNote?.Trim(),
        };
        ExpertOpinions.Add(item);
        return item;
    }

    /// <summary>第22–24条: risk points, overall level, mitigation and (for high risk) a contingency plan.</summary>
    public void RecordRiskAssessment(string assessor, DateOnly assessedOn, IReadOnlyList<RiskPoint> points, RiskLevel level, string mitigation, string? contingencyPlan)
    {
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
            point.DecisionId = Id;
            point.Order = order++;
            RiskPoints.Add(point);
        }
    }

    /// <summary>第26条: the reviewer gets at least 7 working days; <paramref name="earliestReplyBy"/> is that day on the official calendar.</summary>
    public void RequestLegalityReview(DateOnly requestedOn, DateOnly replyBy, DateOnly earliestReplyBy, int workingDays)
    {
        EnsureOpen();
        BusinessRule.Check(new LegalityReviewAllowsMinimumTime(replyBy, earliestReplyBy, workingDays));
        LegalityRequestedOn = requestedOn;
        LegalityReplyBy = replyBy;
        LegalityReviewedOn = null;
        LegalityOpinion = null;
        LegalityOpinionText = null;
        LegalityReviewer = null;
        Stage = DecisionStage.LegalityReview;
    }

    /// <summary>第27–28条: a written opinion by the legal advisor or 司法所.</summary>
    public void RecordLegalityOpinion(string reviewer, LegalityOpinion opinion, string text, DateOnly reviewedOn)
    {
        EnsureOpen();
        BusinessRule.Check(new LegalityReviewRequested(LegalityRequestedOn is not null));
        LegalityReviewer = reviewer.Trim();
        LegalityOpinion = opinion;
        LegalityOpinionText = text.Trim();
        LegalityReviewedOn = reviewedOn;
        Stage = LegalityPassed ? DecisionStage.AwaitingDecision : DecisionStage.Drafting;
    }

    /// <summary>
    /// The refusals before a collective decision (第15, 22, 25, 30条): the comment period must have ended, the
    /// legality review passed, a risk assessment made where the settings require one, the head must speak last.
    /// </summary>
    public void Decide(CollectiveMeeting meeting, bool riskAssessmentRequired)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        EnsureOpen();
        BusinessRule.Check(new DecisionAwaitsMeeting(Stage is not (DecisionStage.Adopted or DecisionStage.Rejected or DecisionStage.Published or DecisionStage.Implementing or DecisionStage.Evaluated)));
        BusinessRule.Check(new PublicParticipationBeforeDecision(HasPublicParticipation));
        BusinessRule.Check(new CommentPeriodEndedBeforeDecision(CommentClosesOn, meeting.HeldOn));
        BusinessRule.Check(new RiskAssessmentBeforeDecision(riskAssessmentRequired, HasRiskAssessment));
        BusinessRule.Check(new LegalityReviewPassedBeforeDecision(LegalityPassed));
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
            LegalityOpinion = null;
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
        var milestone = new ImplementationMilestone { DecisionId = Id, Title = title.Trim(), Executor = executor.Trim(), DueOn = dueOn };
        Milestones.Add(milestone);
        if (Stage == DecisionStage.Published)
        {
            Stage = DecisionStage.Implementing;
        }

        return milestone;
    }

    public ImplementationMilestone CompleteMilestone(Guid milestoneId, DateOnly doneOn, string note)
    {
        EnsureOpen();
        var milestone = Milestones.SingleOrDefault(m => m.Id == milestoneId)
            ?? throw new BusinessRuleException("decisions.milestone.not-found", "没有该执行节点。");
        milestone.DoneOn = doneOn;
        milestone.Note = note.Trim();
        return milestone;
    }

    /// <summary>第36条: evaluation by someone other than the unit that did the main pre-decision assessment.</summary>
    public PostDecisionEvaluation PlanEvaluation(string trigger, string evaluator, DateOnly startedOn, DateOnly dueOn)
    {
        EnsureOpen();
        BusinessRule.Check(new ImplementationAfterPublication(PublishedOn is not null));
        BusinessRule.Check(new EvaluatorIsIndependent(evaluator, RiskAssessor));
        var evaluation = new PostDecisionEvaluation { DecisionId = Id, Trigger = trigger.Trim(), Evaluator = evaluator.Trim(), StartedOn = startedOn, DueOn = dueOn };
        Evaluations.Add(evaluation);
        return evaluation;
    }

    public PostDecisionEvaluation CompleteEvaluation(Guid evaluationId, EvaluationConclusion conclusion, string report, DateOnly completedOn)
    {
        EnsureOpen();
        var evaluation = Evaluations.SingleOrDefault(e => e.Id == evaluationId)
            ?? throw new BusinessRuleException("decisions.evaluation.not-found", "没有该评估。");
        evaluation.Conclusion = conclusion;
        evaluation.Report = report.Trim();
        evaluation.CompletedOn = completedOn;
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

internal sealed class DecisionOption
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid DecisionId { get; set; }

    public int Order { get; set; }

    public string Name { get; set; } = "";

    public string Description { get; set; } = "";

    public bool Recommended { get; set; }
}

internal sealed class DecisionHearing
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid DecisionId { get; set; }

    public string Subject { get; set; } = "";

    public string Place { get; set; } = "";

    public DateOnly? NoticedOn { get; set; }

    public DateOnly HeldOn { get; set; }

    /// <summary>第16条: how participants were chosen, published in advance.</summary>
    public string ParticipantSelection { get; set; } = "";

    public string Participants { get; set; } = "";

    public string? Record { get; set; }

    public bool RecordSigned { get; set; }

    public DateOnly? RecordedOn { get; set; }
}

internal sealed class ExpertOpinion
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid DecisionId { get; set; }

    public string Expert { get; set; } = "";

    public string Affiliation { get; set; } = "";

    /// <summary>论证会 / 书面咨询 / 委托咨询论证 (第19条).</summary>
    public string Form { get; set; } = "";

    public string Opinion { get; set; } = "";

    public DateOnly GivenOn { get; set; }

    public bool Adopted { get; set; }

    public string? AdoptionNote { get; set; }
}

/// <summary>A risk point as data: likelihood × impact on 1–5 scales, so risks can be queried and reported across decisions.</summary>
internal sealed class RiskPoint
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid DecisionId { get; set; }

    public int Order { get; set; }

    /// <summary>社会稳定 / 公共安全 / 生态环境 / 财政 / 法律 …</summary>
    public string Category { get; set; } = "";

    public string Description { get; set; } = "";

    public int Likelihood { get; set; }

    public int Impact { get; set; }

    public int Score { get; set; }

    public string Mitigation { get; set; } = "";

    public static RiskPoint Create(string category, string description, int likelihood, int impact, string mitigation) => new()
    {
        Category = category.Trim(),
        Description = description.Trim(),
        Likelihood = likelihood,
        Impact = impact,
        Score = likelihood * impact,
        Mitigation = mitigation.Trim(),
    };
}

internal sealed class ImplementationMilestone
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid DecisionId { get; set; }

    public string Title { get; set; } = "";

    public string Executor { get; set; } = "";

    public DateOnly DueOn { get; set; }

    public DateOnly? DoneOn { get; set; }

    public string? Note { get; set; }
}

internal sealed class PostDecisionEvaluation
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid DecisionId { get; set; }

    /// <summary>第36条 triggers: expected effect not achieved, many public opinions, or the organ deems it necessary.</summary>
    public string Trigger { get; set; } = "";

    public string Evaluator { get; set; } = "";

    public DateOnly StartedOn { get; set; }

    public DateOnly DueOn { get; set; }

    public DateOnly? CompletedOn { get; set; }

    public EvaluationConclusion? Conclusion { get; set; }

    public string? Report { get; set; }
}
