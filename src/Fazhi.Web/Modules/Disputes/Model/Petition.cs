using System.Globalization;
using Fazhi.Modules.Disputes.Rules;
using Fazhi.Platform.ErrorHandling;
using Fazhi.Platform.Data;

namespace Fazhi.Modules.Disputes.Model;

/// <summary>
/// 信访事项 as the township handles it under the 信访工作条例 (2022): registered (第二十一条、第二十三条), the petitioner told in
/// writing within 15 days whether and how it is accepted (第二十三条第二款、第三款), or transferred (转送) to the organ that
/// may decide it, or objected to within 5 working days when an upper organ assigned what is not the township's
/// (第二十三条第三款); 申诉求决 matters routed by 第三十一条; handled within 60 days, extended by at most 30 with the
/// head's approval and notice (第三十四条), answered by a 信访处理意见书 (第三十二条); 复查 and 复核 within 30 days each
/// (第三十五条、第三十六条). A matter already accepted is not accepted again (第十九条第三款、第三十六条第三款).
/// </summary>
internal sealed class Petition : INumberedInYear
{
    /// <summary>第三十四条: 延长期限不得超过30日.</summary>
    public const int MaxExtensionDays = 30;

    private Petition()
    {
    }

    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid TownshipId { get; private set; }

    public Guid MatterId { get; private set; }

    public int Year { get; private set; }

    public int Sequence { get; private set; }

    /// <summary>信访事项编号, e.g. 小江信〔2026〕3号.</summary>
    public string Number { get; private set; } = "";

    public string Subject { get; private set; } = "";

    public PetitionSource Source { get; private set; }

    /// <summary>The 信访部门 or upper organ that transferred or assigned it, with its reference.</summary>
    public string? FromOrgan { get; private set; }

    public string? FromReference { get; private set; }

    public DateOnly ReceivedOn { get; private set; }

    /// <summary>The petitioner's name and address are known: without them the 15-day written notice is not owed (第二十三条第二款).</summary>
    public bool RequesterReachable { get; private set; }

    public PetitionStatus Status { get; private set; } = PetitionStatus.Registered;

    public DateOnly? AcceptedOn { get; private set; }

    public PetitionRoute? Route { get; private set; }

    /// <summary>受理告知: the route and procedure the petitioner is told (第二十三条第二款).</summary>
    public string? AcceptanceNote { get; private set; }

    public DateOnly? NoticeIssuedOn { get; private set; }

    /// <summary>Told in writing on the spot (当场书面告知).</summary>
    public bool NoticeOnTheSpot { get; private set; }

    /// <summary>Due date of the handling period, with any approved extension (第三十四条).</summary>
    public DateOnly? HandlingDueOn { get; private set; }

    public DateOnly? NotAcceptedOn { get; private set; }

    public string? NotAcceptedReason { get; private set; }

    /// <summary>The organ that had already accepted the same matter (第十九条第三款).</summary>
    public string? AcceptedElsewhereBy { get; private set; }

    public DateOnly? ObjectedOn { get; private set; }

    public string? ObjectionReason { get; private set; }

    public DateOnly? TransferredOn { get; private set; }

    public string? TransferredTo { get; private set; }

    public int ExtensionDays { get; private set; }

    public string? ExtensionReason { get; private set; }

    public string? ExtensionApprovedBy { get; private set; }

    public DateOnly? ExtensionNotifiedOn { get; private set; }

    public DateOnly? OpinionIssuedOn { get; private set; }

    public OpinionResult? OpinionResult { get; private set; }

    /// <summary>信访人投诉请求 (第三十二条).</summary>
    public string? OpinionRequest { get; private set; }

    /// <summary>事实和理由.</summary>
    public string? OpinionFacts { get; private set; }

    /// <summary>处理意见.</summary>
    public string? OpinionText { get; private set; }

    /// <summary>法律法规依据.</summary>
    public string? OpinionBasis { get; private set; }

    /// <summary>The petitioner received the written reply: the 30 days of 复查 run from here (第三十五条).</summary>
    public DateOnly? OpinionServedOn { get; private set; }

    public DateOnly? ReviewRequestedOn { get; private set; }

    public string? ReviewOrgan { get; private set; }

    public DateOnly? ReviewDecidedOn { get; private set; }

    public ReviewResult? ReviewResult { get; private set; }

    public DateOnly? ReReviewRequestedOn { get; private set; }

    public string? ReReviewOrgan { get; private set; }

    public DateOnly? ReReviewDecidedOn { get; private set; }

    public ReviewResult? ReReviewResult { get; private set; }

    public string Title => $"{Number} {Subject}";

    public bool IsTransferredIn => Source is PetitionSource.Transferred or PetitionSource.Assigned;

    /// <summary>Handled to a 处理意见书 by the township itself (就地解决), not transferred, objected or sent to another procedure.</summary>
    public bool AnsweredHere => OpinionIssuedOn is not null;

    public bool AnsweredOnTime => OpinionIssuedOn is { } issued && HandlingDueOn is { } due && issued <= due;

    public static string NumberFor(int year, string shortName, int sequence) =>
        string.Create(CultureInfo.InvariantCulture, $"{shortName}信〔{year}〕{sequence}号");

    public static Petition Register(Guid townshipId, Matter matter, int sequence, string shortName, PetitionSource source, string? fromOrgan, string? fromReference, bool requesterReachable)
    {
        ArgumentNullException.ThrowIfNull(matter);
        BusinessRule.Check(new TransferredPetitionNamesItsOrgan(source, fromOrgan));
        return new Petition
        {
            TownshipId = townshipId,
            MatterId = matter.Id,
            Year = matter.ReceivedOn.Year,
            Sequence = sequence,
            Number = NumberFor(matter.ReceivedOn.Year, shortName, sequence),
            Subject = matter.Subject,
            Source = source,
            FromOrgan = string.IsNullOrWhiteSpace(fromOrgan) ? null : fromOrgan.Trim(),
            FromReference = string.IsNullOrWhiteSpace(fromReference) ? null : fromReference.Trim(),
            ReceivedOn = matter.ReceivedOn,
            RequesterReachable = requesterReachable,
        };
    }

    /// <summary>
    /// 受理 with the written notice of the route and procedure (第二十三条). A 申诉求决 matter for litigation, arbitration or
    /// another statutory procedure is routed there (第三十一条第一至五项) and ends here; the rest runs the 60 days.
    /// </summary>
    public void Accept(DateOnly on, bool onTheSpot, PetitionRoute route, string note, DateOnly? handlingDueOn, Petition? alreadyAccepted, DateOnly today)
    {
        BusinessRule.Check(new PetitionAwaitsAcceptance(this));
        BusinessRule.Check(new PetitionNotAlreadyAccepted(alreadyAccepted));
        BusinessRule.Check(new DateNotInFuture(on, today, "受理日期", "acceptedOn"));
        BusinessRule.Check(new StepNotBeforeReceipt(ReceivedOn, on, "受理日期", "acceptedOn"));
        BusinessRule.Check(new OnTheSpotMeansTheDayItCame(onTheSpot, ReceivedOn, on));
        AcceptedOn = on;
        NoticeIssuedOn = on;
        NoticeOnTheSpot = onTheSpot;
        Route = route;
        AcceptanceNote = note.Trim();
        if (route == PetitionRoute.PetitionHandling)
        {
            Status = PetitionStatus.Accepted;
            HandlingDueOn = handlingDueOn;
        }
        else
        {
            Status = PetitionStatus.Redirected;
        }
    }

    /// <summary>
    /// 不予受理: the same matter is already accepted or being handled by another organ within its period (第十九条第三款), or
    /// was concluded by 复核 (第三十六条第三款); the petitioner is told which organ has it.
    /// </summary>
    public void Decline(DateOnly on, string reason, string acceptedElsewhereBy, DateOnly today)
    {
        BusinessRule.Check(new PetitionAwaitsAcceptance(this));
        BusinessRule.Check(new DeclineNamesTheOrganThatAccepted(acceptedElsewhereBy));
        BusinessRule.Check(new DateNotInFuture(on, today, "不予受理日期", "declinedOn"));
        BusinessRule.Check(new StepNotBeforeReceipt(ReceivedOn, on, "不予受理日期", "declinedOn"));
        Status = PetitionStatus.NotAccepted;
        NotAcceptedOn = on;
        NotAcceptedReason = reason.Trim();
        AcceptedElsewhereBy = acceptedElsewhereBy.Trim();
    }

    /// <summary>转送: the matter is for another organ to decide (第二十三条第一款); the petitioner is told where it went.</summary>
    public void TransferOut(DateOnly on, string to, DateOnly today)
    {
        BusinessRule.Check(new PetitionAwaitsAcceptance(this));
        BusinessRule.Check(new TransferNamesTheOrgan(to));
        BusinessRule.Check(new DateNotInFuture(on, today, "转送日期", "transferredOn"));
        BusinessRule.Check(new StepNotBeforeReceipt(ReceivedOn, on, "转送日期", "transferredOn"));
        Status = PetitionStatus.TransferredOut;
        TransferredOn = on;
        TransferredTo = to.Trim();
    }

    /// <summary>异议: a transferred or assigned matter outside the township's competence, objected to within 5 working days (第二十三条第三款).</summary>
    public void Object(DateOnly on, string reason, DateOnly objectionDueOn, DateOnly today)
    {
        BusinessRule.Check(new PetitionAwaitsAcceptance(this));
        BusinessRule.Check(new ObjectionOnlyToATransferredMatter(this));
        BusinessRule.Check(new ObjectionWithinFiveWorkingDays(on, objectionDueOn));
        BusinessRule.Check(new DateNotInFuture(on, today, "提出异议日期", "objectedOn"));
        Status = PetitionStatus.Objected;
        ObjectedOn = on;
        ObjectionReason = reason.Trim();
    }

    /// <summary>第三十四条: complex matters, extended with the head's approval by at most 30 days, the petitioner told why.</summary>
    public void Extend(int days, string reason, string approvedBy, DateOnly notifiedOn, DateOnly newDueOn)
    {
        BusinessRule.Check(new PetitionIsBeingHandled(this, "延长办理期限"));
        BusinessRule.Check(new PetitionExtensionAtMostThirtyDays(ExtensionDays, days));
        BusinessRule.Check(new StepNotBeforeReceipt(AcceptedOn!.Value, notifiedOn, "告知延期日期", "notifiedOn"));
        ExtensionDays += days;
        ExtensionReason = reason.Trim();
        ExtensionApprovedBy = approvedBy;
        ExtensionNotifiedOn = notifiedOn;
        HandlingDueOn = newDueOn;
    }

    /// <summary>信访处理意见书 (第三十二条): the request, facts and reasons, the opinion and its legal basis.</summary>
    public void IssueOpinion(DateOnly on, OpinionResult result, string request, string facts, string opinion, string basis, DateOnly? servedOn, DateOnly today)
    {
        BusinessRule.Check(new PetitionIsBeingHandled(this, "出具处理意见书"));
        BusinessRule.Check(new DateNotInFuture(on, today, "出具日期", "issuedOn"));
        BusinessRule.Check(new StepNotBeforeReceipt(AcceptedOn!.Value, on, "出具日期", "issuedOn"));
        BusinessRule.Check(new OpinionStatesItsParts(request, facts, opinion, basis));
        BusinessRule.Check(new StepNotBeforeReceipt(on, servedOn ?? on, "送达日期", "servedOn"));
        OpinionIssuedOn = on;
        OpinionResult = result;
        OpinionRequest = request.Trim();
        OpinionFacts = facts.Trim();
        OpinionText = opinion.Trim();
        OpinionBasis = basis.Trim();
        OpinionServedOn = servedOn ?? on;
        Status = PetitionStatus.Answered;
    }

    /// <summary>复查 requested of the upper organ within 30 days of the written reply (第三十五条).</summary>
    public void RecordReviewRequest(DateOnly requestedOn, string organ)
    {
        BusinessRule.Check(new ReviewFollowsAReply(OpinionServedOn, "复查"));
        BusinessRule.Check(new ReviewRequestedWithinThirtyDays(OpinionServedOn!.Value, requestedOn, "复查", "第三十五条"));
        BusinessRule.Check(new ReviewNotYetRequested(ReviewRequestedOn, "复查"));
        ReviewRequestedOn = requestedOn;
        ReviewOrgan = organ.Trim();
        Status = PetitionStatus.UnderReview;
    }

    public void RecordReviewDecision(DateOnly decidedOn, ReviewResult result)
    {
        BusinessRule.Check(new ReviewFollowsAReply(ReviewRequestedOn, "复查意见"));
        BusinessRule.Check(new StepNotBeforeReceipt(ReviewRequestedOn!.Value, decidedOn, "复查意见日期", "decidedOn"));
        ReviewDecidedOn = decidedOn;
        ReviewResult = result;
        Status = PetitionStatus.Answered;
    }

    /// <summary>复核 requested within 30 days of the 复查 reply (第三十六条); after it the same facts are not accepted again.</summary>
    public void RecordReReviewRequest(DateOnly requestedOn, string organ)
    {
        BusinessRule.Check(new ReviewFollowsAReply(ReviewDecidedOn, "复核"));
        BusinessRule.Check(new ReviewRequestedWithinThirtyDays(ReviewDecidedOn!.Value, requestedOn, "复核", "第三十六条"));
        BusinessRule.Check(new ReviewNotYetRequested(ReReviewRequestedOn, "复核"));
        ReReviewRequestedOn = requestedOn;
        ReReviewOrgan = organ.Trim();
        Status = PetitionStatus.UnderReview;
    }

    public void RecordReReviewDecision(DateOnly decidedOn, ReviewResult result)
    {
        BusinessRule.Check(new ReviewFollowsAReply(ReReviewRequestedOn, "复核意见"));
        BusinessRule.Check(new StepNotBeforeReceipt(ReReviewRequestedOn!.Value, decidedOn, "复核意见日期", "decidedOn"));
        ReReviewDecidedOn = decidedOn;
        ReReviewResult = result;
        Status = PetitionStatus.Closed;
    }

    /// <summary>
    /// Still within the township's hands: accepted and not yet concluded, or concluded by 复核 — either way a second
    /// acceptance of the same matter is refused.
    /// </summary>
    public bool BarsAnotherAcceptance => Status is PetitionStatus.Accepted or PetitionStatus.UnderReview || (Status == PetitionStatus.Closed && ReReviewDecidedOn is not null);
}
