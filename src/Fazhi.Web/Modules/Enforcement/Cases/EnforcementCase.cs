using Fazhi.Modules.Enforcement.Cases.Rules;
using Fazhi.Modules.Enforcement.Officers;
using Fazhi.Modules.Enforcement.Powers;
using Fazhi.Platform.ErrorHandling;
using Fazhi.Platform.Data;

namespace Fazhi.Modules.Enforcement.Cases;

public enum CaseSource
{
    Inspection = 1,   // 日常巡查
    Complaint = 2,    // 投诉举报
    Hotline12345 = 3, // 12345 转办
    Referral = 4,     // 移送
}

internal enum CaseProcedure
{
    General = 1,    // 普通程序
    Simplified = 2, // 简易程序（当场处罚，第51条）
}

public enum PartyKind
{
    NaturalPerson = 1,
    LegalPerson = 2,
}

internal enum CaseStage
{
    Filed = 1,     // 立案、调查取证
    Noticed = 2,   // 已告知
    Decided = 3,   // 已决定
    Served = 4,    // 已送达
    Executed = 5,  // 已执行
    Closed = 6,    // 已结案
}

public enum LegalReviewOpinion
{
    Approved = 1,     // 同意
    HasProblems = 2,  // 存在问题
}

/// <summary>The party of a case as filed: a natural person with an ID number, or an organisation with its credit code.</summary>
internal sealed record CaseParty(PartyKind Kind, string Name, string? IdNumber, string? CreditCode, string? LegalRepresentative, string? Phone, string? Address);

/// <summary>
/// A penalty case (行政处罚案件) through its statutory steps (行政处罚法 第五章). Each step checks its named rules and
/// refuses with the article it would break; the handler opens and meets the deadlines and saves once. State changes only
/// through the methods below (ADR 0010); dates are passed in, so the rules are testable without a database.
/// </summary>
internal sealed class EnforcementCase : INumberedInYear
{
    private EnforcementCase()
    {
    }

    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid TownshipId { get; private set; }

    public string CaseNumber { get; private set; } = "";

    public int Year { get; private set; }

    public int Sequence { get; private set; }

    public CaseProcedure Procedure { get; private set; }

    public CaseSource Source { get; private set; }

    public string? SourceReference { get; private set; }

    public Guid PowerItemId { get; private set; }

    public string PowerItemName { get; private set; } = "";

    /// <summary>案由.</summary>
    public string Title { get; private set; } = "";

    public PartyKind PartyKind { get; private set; }

    public string PartyName { get; private set; } = "";

    public string? PartyIdNumber { get; private set; }

    public string? PartyCreditCode { get; private set; }

    public string? LegalRepresentative { get; private set; }

    public string? PartyPhone { get; private set; }

    public string? PartyAddress { get; private set; }

    public string Facts { get; private set; } = "";

    public DateOnly FiledOn { get; private set; }

    /// <summary>
    /// The day of the 检查 or of the clue (complaint, 12345, referral) that led to the case; evidence gathered on the spot
    /// in that inspection may be dated before 立案 (行政处罚法 第五十四条、第五十五条). Null on cases filed before it was
    /// recorded: then the filing day stands for it.
    /// </summary>
    public DateOnly? DiscoveredOn { get; private set; }

    public CaseStage Stage { get; private set; } = CaseStage.Filed;

    /// <summary>重大执法决定: 法制审核 required before the decision (行政处罚法 第58条; 118号 (十二)).</summary>
    public bool IsMajor { get; private set; }

    /// <summary>情节复杂或者重大违法行为: 集体讨论决定 (第57条第2款).</summary>
    public bool IsComplex { get; private set; }

    public List<CaseOfficer> Officers { get; private set; } = [];

    public List<EvidenceItem> Evidence { get; private set; } = [];

    // 告知 (第44条)
    public DateOnly? NoticedOn { get; private set; }

    public string? IntendedPenaltyKinds { get; private set; }

    public decimal? IntendedFine { get; private set; }

    public DateOnly? StatementDeadline { get; private set; }

    public bool HearingEligible { get; private set; }

    public string? StatementSummary { get; private set; }

    public bool StatementWaived { get; private set; }

    // 听证 (第63–65条)
    public DateOnly? HearingRequestedOn { get; private set; }

    public DateOnly? HearingNotifiedOn { get; private set; }

    public DateOnly? HearingScheduledOn { get; private set; }

    public DateOnly? HearingHeldOn { get; private set; }

    public string? HearingHost { get; private set; }

    public string? HearingRecord { get; private set; }

    // 法制审核 (第58条)
    public DateOnly? LegalReviewRequestedOn { get; private set; }

    public Guid? LegalReviewerUserId { get; private set; }

    public string? LegalReviewerName { get; private set; }

    public LegalReviewOpinion? LegalReviewOpinion { get; private set; }

    public string? LegalReviewReasons { get; private set; }

    public DateOnly? LegalReviewedOn { get; private set; }

    // 集体讨论 (第57条第2款)
    public DateOnly? DiscussedOn { get; private set; }

    public string? DiscussionAttendees { get; private set; }

    public string? DiscussionConclusion { get; private set; }

    // 决定 (第57、59条)
    public DateOnly? DecidedOn { get; private set; }

    public string? DecisionNumber { get; private set; }

    public string? PenaltyKinds { get; private set; }

    public decimal? FineAmount { get; private set; }

    public string? DecisionText { get; private set; }

    /// <summary>Leader-approved extensions of the 90-day decision period (第60条), oldest first.</summary>
    public List<DecisionExtension> DecisionExtensions { get; private set; } = [];

    // 送达 (第61条)
    public DateOnly? ServedOn { get; private set; }

    public string? ServiceMethod { get; private set; }

    // 执行 (第66–73条)
    public DateOnly? PaymentDueOn { get; private set; }

    public DateOnly? PaidOn { get; private set; }

    public decimal? PaidAmount { get; private set; }

    public decimal? LateFeePaid { get; private set; }

    // 结案 (案卷检查)
    public DateOnly? ClosedOn { get; private set; }

    public CaseFileChecklist Checklist { get; private set; } = new();

    public bool IsRevoked { get; private set; }

    public DateOnly? RevokedOn { get; private set; }

    public string? RevocationReason { get; private set; }

    public bool NeedsHearing => HearingRequestedOn is not null;

    /// <summary>第58条第1款第(二)项: a decision made after a hearing needs 法制审核 too.</summary>
    public bool NeedsLegalReview => IsMajor || HearingHeldOn is not null;

    public bool NeedsCollectiveDiscussion => IsComplex || IsMajor;

    public bool LegalReviewPassed => LegalReviewOpinion == Cases.LegalReviewOpinion.Approved;

    /// <summary>
    /// 立案 (行政处罚法 第五十四条): a case of the township's year citing a power item of its catalogue, with at least two
    /// officers certified on the day (第四十二条). The general procedure's 90-day period (第六十条) is opened by the handler.
    /// </summary>
    internal static EnforcementCase File(Guid townshipId, int sequence, string caseNumber, CaseProcedure procedure, PowerItem item, CaseParty party,
        CaseSource source, string? sourceReference, string title, string facts, bool isMajor, bool isComplex, IReadOnlyCollection<Officer> officers, DateOnly on,
        EnforcementOptions options, DateOnly? discoveredOn = null)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(party);
        var @case = new EnforcementCase
        {
            TownshipId = townshipId,
            Year = on.Year,
            Sequence = sequence,
            CaseNumber = caseNumber,
            Procedure = procedure,
            Source = source,
            SourceReference = sourceReference?.Trim(),
            PowerItemId = item.Id,
            PowerItemName = item.Name,
            Title = title.Trim(),
            PartyKind = party.Kind,
            PartyName = party.Name.Trim(),
            PartyIdNumber = party.IdNumber?.Trim(),
            PartyCreditCode = party.CreditCode?.Trim(),
            LegalRepresentative = party.LegalRepresentative?.Trim(),
            PartyPhone = party.Phone?.Trim(),
            PartyAddress = party.Address?.Trim(),
            Facts = facts.Trim(),
            FiledOn = on,
            DiscoveredOn = discoveredOn ?? on,
            IsMajor = isMajor,
            IsComplex = isComplex,
        };
        @case.AssignOfficers(officers, on, options);
        return @case;
    }

    private void AssignOfficers(IReadOnlyCollection<Officer> officers, DateOnly on, EnforcementOptions options)
    {
        BusinessRule.Check(new CaseNeedsTwoCertifiedOfficers(officers, on, options));
        Officers.Clear();
        foreach (var officer in officers)
        {
            Officers.Add(new CaseOfficer { CaseId = Id, OfficerId = officer.Id, OfficerName = officer.Name, CertificateNumber = officer.CertificateNumber });
        }
    }

    internal static void CheckPenaltyWithinItem(PowerItem item, IReadOnlyCollection<string> kinds, decimal? fine) =>
        BusinessRule.Check(new PenaltyWithinCitedItem(item, kinds, fine));

    /// <summary>调查取证 and 全过程记录 (第四十六条、第四十七条): only while the facts are being established, before the decision.</summary>
    internal EvidenceItem AddEvidence(string kind, string description, string collectedBy, DateOnly collectedOn, string processStep, Guid? attachmentId)
    {
        BusinessRule.Check(new CaseStageAllows(this, "调查取证", CaseStage.Filed, CaseStage.Noticed));
        BusinessRule.Check(new EvidenceDatedWithinTheCase(collectedOn, FiledOn, DiscoveredOn ?? FiledOn, processStep.Trim()));
        var item = new EvidenceItem
        {
            CaseId = Id,
            Kind = kind.Trim(),
            Description = description.Trim(),
            CollectedBy = collectedBy.Trim(),
            CollectedOn = collectedOn,
            ProcessStep = processStep.Trim(),
            AttachmentId = attachmentId,
        };
        Evidence.Add(item);
        return item;
    }

    internal void Notify(PowerItem item, IReadOnlyCollection<string> kinds, decimal? fine, DateOnly on, DateOnly statementDeadline, EnforcementOptions options)
    {
        BusinessRule.Check(new CaseStageAllows(this, "告知", CaseStage.Filed));
        BusinessRule.Check(new StepNotBefore(on, FiledOn, "告知", "立案"));
        BusinessRule.Check(new NoticeNeedsEvidence(Evidence.Count));
        CheckPenaltyWithinItem(item, kinds, fine);
        NoticedOn = on;
        IntendedPenaltyKinds = string.Join('、', kinds);
        IntendedFine = fine;
        StatementDeadline = statementDeadline;
        HearingEligible = HearingTriggers.Applies(PartyKind, kinds, fine, options);
        Stage = CaseStage.Noticed;
    }

    internal void RecordStatement(string summary, bool waived)
    {
        BusinessRule.Check(new CaseStageAllows(this, "记录陈述申辩", CaseStage.Noticed));
        StatementSummary = summary;
        StatementWaived = waived;
    }

    internal void RequestHearing(DateOnly on, DateOnly requestDeadline)
    {
        BusinessRule.Check(new CaseStageAllows(this, "申请听证", CaseStage.Noticed));
        BusinessRule.Check(new HearingOnlyForHeavyPenalties(HearingEligible));
        BusinessRule.Check(new HearingRequestedInTime(on, requestDeadline));
        HearingRequestedOn = on;
    }

    internal void ScheduleHearing(DateOnly notifiedOn, DateOnly hearingOn, DateOnly earliestAllowed, string host)
    {
        BusinessRule.Check(new CaseStageAllows(this, "通知听证", CaseStage.Noticed));
        BusinessRule.Check(new HearingRequired(HearingRequestedOn is not null));
        BusinessRule.Check(new HearingNoticedSevenDaysAhead(hearingOn, earliestAllowed));
        BusinessRule.Check(new HearingHostIsNotCaseOfficer(host, Officers.Select(o => o.OfficerName)));
        HearingNotifiedOn = notifiedOn;
        HearingScheduledOn = hearingOn;
        HearingHost = host;
    }

    internal void RecordHearing(DateOnly heldOn, string record)
    {
        BusinessRule.Check(new CaseStageAllows(this, "听证", CaseStage.Noticed));
        BusinessRule.Check(new HearingRequired(HearingScheduledOn is not null));
        BusinessRule.Check(new StepNotBefore(heldOn, HearingScheduledOn!.Value, "举行听证", "通知的听证日期"));
        HearingHeldOn = heldOn;
        HearingRecord = record;
    }

    internal void RequestLegalReview(DateOnly on)
    {
        BusinessRule.Check(new CaseStageAllows(this, "提请法制审核", CaseStage.Noticed));
        LegalReviewRequestedOn = on;
        LegalReviewOpinion = null;
    }

    internal void RecordLegalReview(Guid? reviewerUserId, string reviewerName, LegalReviewOpinion opinion, string reasons, DateOnly on)
    {
        BusinessRule.Check(new CaseStageAllows(this, "法制审核", CaseStage.Noticed));
        BusinessRule.Check(new LegalReviewMustBeRequested(LegalReviewRequestedOn is not null));
        BusinessRule.Check(new LegalReviewerIsNotCaseOfficer(reviewerName, Officers.Select(o => o.OfficerName)));
        LegalReviewerUserId = reviewerUserId;
        LegalReviewerName = reviewerName;
        LegalReviewOpinion = opinion;
        LegalReviewReasons = reasons;
        LegalReviewedOn = on;
    }

    internal void RecordDiscussion(DateOnly on, string attendees, string conclusion)
    {
        BusinessRule.Check(new CaseStageAllows(this, "集体讨论", CaseStage.Noticed));
        BusinessRule.Check(new DiscussionAfterPassedReview(NeedsLegalReview, LegalReviewPassed));
        DiscussedOn = on;
        DiscussionAttendees = attendees;
        DiscussionConclusion = conclusion;
    }

    internal void Decide(PowerItem item, IReadOnlyCollection<string> kinds, decimal? fine, string decisionNumber, string text, DateOnly on)
    {
        BusinessRule.Check(new CaseStageAllows(this, "作出处罚决定", CaseStage.Noticed));
        BusinessRule.Check(new DecisionAfterStatementPeriod(on, StatementDeadline, StatementWaived, StatementSummary is not null));
        BusinessRule.Check(new DecisionAfterRequestedHearing(HearingRequestedOn is not null, HearingHeldOn is not null));
        BusinessRule.Check(new MajorCaseNeedsPassedLegalReview(NeedsLegalReview, LegalReviewOpinion));
        BusinessRule.Check(new ComplexCaseNeedsCollectiveDiscussion(NeedsCollectiveDiscussion, DiscussedOn is not null));
        BusinessRule.Check(new DecisionNotHeavierAfterStatement(IntendedFine, fine));
        CheckPenaltyWithinItem(item, kinds, fine);
        DecidedOn = on;
        DecisionNumber = decisionNumber;
        PenaltyKinds = string.Join('、', kinds);
        FineAmount = fine;
        DecisionText = text;
        Stage = CaseStage.Decided;
    }

    /// <summary>简易程序: facts certain, warning or a small fine decided on the spot (第51–52条).</summary>
    internal void DecideOnTheSpot(PowerItem item, IReadOnlyCollection<string> kinds, decimal? fine, string decisionNumber, string text, DateOnly on, EnforcementOptions options)
    {
        BusinessRule.Check(new SimplifiedProcedureWithinLimits(PartyKind, kinds, fine, options));
        CheckPenaltyWithinItem(item, kinds, fine);
        NoticedOn = on;
        IntendedPenaltyKinds = string.Join('、', kinds);
        IntendedFine = fine;
        DecidedOn = on;
        DecisionNumber = decisionNumber;
        PenaltyKinds = IntendedPenaltyKinds;
        FineAmount = fine;
        DecisionText = text;
        ServedOn = on;
        ServiceMethod = "当场交付";
        // 第六十七条: a fine not paid on the spot is paid within fifteen days of the decision handed over.
        PaymentDueOn = fine is > 0 ? on.AddDays(options.PaymentPeriodDays) : null;
        Stage = CaseStage.Served;
    }

    internal void Serve(DateOnly on, string method, int paymentPeriodDays)
    {
        BusinessRule.Check(new CaseStageAllows(this, "送达", CaseStage.Decided));
        BusinessRule.Check(new StepNotBefore(on, DecidedOn!.Value, "送达", "作出决定"));
        ServedOn = on;
        ServiceMethod = method;
        PaymentDueOn = FineAmount is > 0 ? on.AddDays(paymentPeriodDays) : null;
        Stage = CaseStage.Served;
    }

    /// <summary>行政处罚法 第72条: 3% of the fine per day overdue, never more than the fine itself.</summary>
    internal decimal LateFeeOn(DateOnly date, decimal ratePerDay)
    {
        if (FineAmount is not { } fine || PaymentDueOn is not { } due || date <= due)
        {
            return 0m;
        }

        var days = date.DayNumber - due.DayNumber;
        return Math.Min(decimal.Round(fine * ratePerDay * days, 2), fine);
    }

    internal void RecordExecution(DateOnly on, decimal? paid, decimal ratePerDay)
    {
        BusinessRule.Check(new CaseStageAllows(this, "执行", CaseStage.Served));
        BusinessRule.Check(new StepNotBefore(on, ServedOn!.Value, "执行", "送达"));
        var fee = LateFeeOn(on, ratePerDay);
        BusinessRule.Check(new PaymentCoversFineAndLateFee(FineAmount ?? 0, fee, paid ?? 0));
        PaidOn = on;
        PaidAmount = paid;
        LateFeePaid = fee;
        Stage = CaseStage.Executed;
    }

    internal void Close(CaseFileChecklist checklist, DateOnly on)
    {
        BusinessRule.Check(new CaseStageAllows(this, "结案", CaseStage.Executed));
        BusinessRule.Check(new ClosingNeedsCompleteFile(checklist));
        Checklist = checklist;
        ClosedOn = on;
        Stage = CaseStage.Closed;
    }

    /// <summary>
    /// 行政处罚法 第60条: decide within 90 days of 立案 unless a law, regulation or rule provides otherwise; where the
    /// township's settings allow it, a leader extends the period with a reason, before it runs out, a limited number of times.
    /// </summary>
    internal DecisionExtension ExtendDecisionPeriod(DateOnly approvedOn, DateOnly currentDueOn, DateOnly newDueOn, string reason, Guid? approverUserId, string approverName,
        EnforcementOptions options)
    {
        CheckDecisionExtension(approvedOn, currentDueOn, reason, options);
        var extension = new DecisionExtension
        {
            TownshipId = TownshipId,
            CaseId = Id,
            AddedDays = options.DecisionExtensionDays,
            PreviousDueOn = currentDueOn,
            NewDueOn = newDueOn,
            Reason = reason.Trim(),
            ApprovedOn = approvedOn,
            ApproverUserId = approverUserId,
            ApproverName = approverName,
        };
        DecisionExtensions.Add(extension);
        return extension;
    }

    /// <summary>
    /// The rules of an extension of the decision period, checked before the deadline on the board is moved. Who approves
    /// (负责人) is the step's rule, checked by its handler before the case is loaded.
    /// </summary>
    internal void CheckDecisionExtension(DateOnly approvedOn, DateOnly currentDueOn, string? reason, EnforcementOptions options)
    {
        BusinessRule.Check(new DecisionExtensionEnabled(options.DecisionExtensionDays));
        BusinessRule.Check(new DecisionExtensionBeforeDecision(DecidedOn));
        BusinessRule.Check(new DecisionExtensionsWithinLimit(DecisionExtensions.Count, options.MaxDecisionExtensions));
        BusinessRule.Check(new DecisionExtensionNeedsReason(reason));
        BusinessRule.Check(new StepNotBefore(approvedOn, FiledOn, "批准延长办案期限", "立案"));
        BusinessRule.Check(new DecisionExtensionApprovedBeforeDue(approvedOn, currentDueOn));
    }

    internal void Revoke(DateOnly on, string reason)
    {
        BusinessRule.Check(new CaseStageAllows(this, "撤销决定", CaseStage.Decided, CaseStage.Served, CaseStage.Executed, CaseStage.Closed));
        IsRevoked = true;
        RevokedOn = on;
        RevocationReason = reason;
    }
}

internal sealed class CaseOfficer
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid CaseId { get; set; }

    public Guid OfficerId { get; set; }

    public string OfficerName { get; set; } = "";

    public string CertificateNumber { get; set; } = "";
}

/// <summary>Evidence and 全过程记录 (行政处罚法 第47条; 118号 三): what, when, by whom, and the hashed attachment.</summary>
internal sealed class EvidenceItem
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid CaseId { get; set; }

    /// <summary>书证 / 物证 / 视听资料 / 电子数据 / 证人证言 / 当事人陈述 / 鉴定意见 / 勘验笔录、现场笔录 (第46条).</summary>
    public string Kind { get; set; } = "";

    public string Description { get; set; } = "";

    public DateOnly CollectedOn { get; set; }

    public string CollectedBy { get; set; } = "";

    /// <summary>The process step recorded: 检查 (the inspection before 立案) / 启动 / 调查取证 / 审核 / 决定 / 送达 / 执行.</summary>
    public string ProcessStep { get; set; } = "调查取证";

    public Guid? AttachmentId { get; set; }

    public string? AttachmentSha256 { get; set; }
}

/// <summary>The case-file checklist at closing (案卷评查: 主体资格, 程序, 事实, 证据, 法律适用, 归档).</summary>
public sealed class CaseFileChecklist
{
    public bool SubjectQualified { get; set; }

    public bool ProcedureLawful { get; set; }

    public bool FactsClear { get; set; }

    public bool EvidenceSufficient { get; set; }

    public bool LawCorrectlyApplied { get; set; }

    public bool Archived { get; set; }

    public IEnumerable<string> Missing()
    {
        if (!SubjectQualified)
        {
            yield return "主体资格";
        }

        if (!ProcedureLawful)
        {
            yield return "程序";
        }

        if (!FactsClear)
        {
            yield return "事实";
        }

        if (!EvidenceSufficient)
        {
            yield return "证据";
        }

        if (!LawCorrectlyApplied)
        {
            yield return "法律适用";
        }

        if (!Archived)
        {
            yield return "归档";
        }
    }
}

/// <summary>行政处罚法 第63条: penalties for which the party may request a hearing.</summary>
internal static class HearingTriggers
{
    private static readonly string[] HeavyKinds = ["吊销", "降低资质等级", "责令停产停业", "责令关闭", "限制从业", "没收较大数额", "没收较大价值"];

    public static bool Applies(PartyKind party, IEnumerable<string> kinds, decimal? fine, EnforcementOptions options)
    {
        var threshold = party == PartyKind.NaturalPerson ? options.HearingThresholdNaturalPerson : options.HearingThresholdLegalPerson;
        return (fine ?? 0) >= threshold || kinds.Any(k => HeavyKinds.Any(h => k.Contains(h, StringComparison.Ordinal)));
    }
}
