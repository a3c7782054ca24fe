using System.Globalization;
using Fazhi.Platform.ErrorHandling;
using Fazhi.Platform.Tenancy;
using Fazhi.Platform.Time;
using Fazhi.Platform.Data;

namespace Fazhi.Modules.Disclosure.Model;

/// <summary>
/// 政府信息公开申请 (政府信息公开条例 第27–45条): one application from receipt to reply or closing. State changes only
/// through the methods below, each checking the rule of the article it applies; the reply's due date is kept in a
/// column, recomputed from the day of receipt, the approved extension and the days a consultation took (第33条).
/// </summary>
internal sealed class DisclosureRequest : IPublicSubmission, INumberedInYear
{
    private DisclosureRequest()
    {
    }

    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid TownshipId { get; private set; }

    public int Year { get; private set; }

    public int Sequence { get; private set; }

    /// <summary>受理编号, e.g. GK2026-0007: the applicant's key to the status page, with the phone number.</summary>
    public string Number { get; private set; } = "";

    public RequestChannel Channel { get; private set; }

    public ApplicantKind ApplicantKind { get; private set; }

    public string ApplicantName { get; private set; } = "";

    /// <summary>身份证明: ID number of a citizen, 统一社会信用代码 of an organisation (第29条第2款第一项).</summary>
    public string IdentityNumber { get; private set; } = "";

    public string Phone { get; private set; } = "";

    public string? Address { get; private set; }

    public string? Email { get; private set; }

    /// <summary>所需政府信息的名称、文号或者便于行政机关查询的其他特征性描述 (第29条第2款第二项).</summary>
    public string Description { get; private set; } = "";

    public DeliveryForm DeliveryForm { get; private set; }

    public DeliveryWay DeliveryWay { get; private set; }

    public DateOnly SubmittedOn { get; private set; }

    /// <summary>收到申请之日 by 第31条; null until confirmed for online, fax and ordinary-letter applications.</summary>
    public DateOnly? ReceivedOn { get; private set; }

    public RequestState State { get; private set; }

    public DateOnly? CorrectionNoticeOn { get; private set; }

    public string? CorrectionItems { get; private set; }

    public DateOnly? CorrectionDueOn { get; private set; }

    public DateOnly? CorrectedOn { get; private set; }

    public string? ThirdParty { get; private set; }

    public DateOnly? ConsultationSentOn { get; private set; }

    public DateOnly? ConsultationEndedOn { get; private set; }

    public ThirdPartyAnswer? ThirdPartyAnswer { get; private set; }

    public string? ThirdPartyOpinion { get; private set; }

    /// <summary>Working days a consultation kept the reply period still (第33条第3款).</summary>
    public int PausedWorkingDays { get; private set; }

    public int ExtensionDays { get; private set; }

    public string? ExtensionReason { get; private set; }

    public string? ExtensionApprovedBy { get; private set; }

    public DateOnly? ExtensionApprovedOn { get; private set; }

    public DateOnly? ApplicantToldOfExtensionOn { get; private set; }

    /// <summary>The reply's due date; null while the period does not run (before receipt, awaiting correction, consulting).</summary>
    public DateOnly? ReplyDueOn { get; private set; }

    public ReplyType? ReplyType { get; private set; }

    public RefusalGround? RefusalGround { get; private set; }

    public string? OtherOrgan { get; private set; }

    public string? ReplyText { get; private set; }

    public DateOnly? RepliedOn { get; private set; }

    public string? RepliedBy { get; private set; }

    public ClosingKind? ClosingKind { get; private set; }

    public DateOnly? ClosedOn { get; private set; }

    public string? ClosingNote { get; private set; }

    public bool RepliedInTime => RepliedOn is { } r && ReplyDueOn is { } d && r <= d;

    public static string NumberFor(int year, int sequence) => string.Create(CultureInfo.InvariantCulture, $"GK{year}-{sequence:0000}");

    /// <summary>
    /// 第29条: an application names the applicant with identity and contact, describes the information and asks for a
    /// form of delivery. In person and by registered post it is received on the given day; online, by fax or by
    /// ordinary letter it waits for the confirmation 第31条 requires.
    /// </summary>
    public static DisclosureRequest Submit(Guid townshipId, int sequence, RequestChannel channel, ApplicantKind kind, string name, string identityNumber, string phone,
        string? address, string? email, string description, DeliveryForm form, DeliveryWay way, DateOnly submittedOn, DateOnly? receivedOn, DateOnly today, WorkingDayCalendar calendar)
    {
        var request = new DisclosureRequest
        {
            TownshipId = townshipId,
            Year = submittedOn.Year,
            Sequence = sequence,
            Number = NumberFor(submittedOn.Year, sequence),
            Channel = channel,
            ApplicantKind = kind,
            ApplicantName = name.Trim(),
            IdentityNumber = identityNumber.Trim().ToUpperInvariant(),
            Phone = phone.Trim(),
            Address = string.IsNullOrWhiteSpace(address) ? null : address.Trim(),
            Email = string.IsNullOrWhiteSpace(email) ? null : email.Trim(),
            Description = description.Trim(),
            DeliveryForm = form,
            DeliveryWay = way,
            SubmittedOn = submittedOn,
            State = RequestState.AwaitingConfirmation,
        };
        if (receivedOn is { } received)
        {
            request.ConfirmReceipt(received, today, calendar);
        }

        return request;
    }

    /// <summary>第31条: the day of receipt the channel gives; the reply period runs from it.</summary>
    public void ConfirmReceipt(DateOnly receivedOn, DateOnly today, WorkingDayCalendar calendar)
    {
        BusinessRule.Check(new RequestMustBeIn(State, "确认收到", RequestState.AwaitingConfirmation));
        BusinessRule.Check(new ReceiptDateWithinSubmissionAndToday(SubmittedOn, receivedOn, today));
        ReceivedOn = receivedOn;
        State = RequestState.InProgress;
        Recompute(calendar);
    }

    /// <summary>第30条: one notice, within 7 working days of receipt, listing what to correct and a reasonable period.</summary>
    public void RequestCorrection(string items, int periodWorkingDays, DateOnly on, DateOnly today, WorkingDayCalendar calendar)
    {
        BusinessRule.Check(new RequestMustBeIn(State, "告知补正", RequestState.InProgress));
        BusinessRule.Check(new CorrectionOnlyOnce(CorrectionNoticeOn));
        BusinessRule.Check(new StepDateWithin(on, ReceivedOn!.Value, today, "补正告知日期"));
        BusinessRule.Check(new CorrectionNoticeWithinSevenWorkingDays(on, DisclosurePeriods.CorrectionNoticeLastDay(ReceivedOn.Value, calendar)));
        CorrectionNoticeOn = on;
        CorrectionItems = items.Trim();
        CorrectionDueOn = calendar.AddWorkingDays(on, periodWorkingDays).Value;
        State = RequestState.AwaitingCorrection;
        ReplyDueOn = null;
    }

    /// <summary>第30条: 答复期限自行政机关收到补正的申请之日起计算.</summary>
    public void RecordCorrection(string correctedDescription, DateOnly on, DateOnly today, WorkingDayCalendar calendar)
    {
        BusinessRule.Check(new RequestMustBeIn(State, "登记补正", RequestState.AwaitingCorrection));
        BusinessRule.Check(new StepDateWithin(on, CorrectionNoticeOn!.Value, today, "收到补正申请的日期"));
        Description = correctedDescription.Trim();
        CorrectedOn = on;
        ReceivedOn = on;
        State = RequestState.InProgress;
        Recompute(calendar);
    }

    /// <summary>第32条: the third party is asked in writing; from then the reply period stands still (第33条第3款).</summary>
    public void ConsultThirdParty(string thirdParty, DateOnly sentOn, DateOnly today)
    {
        BusinessRule.Check(new RequestMustBeIn(State, "征求第三方意见", RequestState.InProgress));
        BusinessRule.Check(new ConsultationWithinReplyPeriod(sentOn, ReplyDueOn!.Value));
        BusinessRule.Check(new StepDateWithin(sentOn, ReceivedOn!.Value, today, "征求意见书发出日期", "SentOn"));
        ThirdParty = thirdParty.Trim();
        ConsultationSentOn = sentOn;
        State = RequestState.ConsultingThirdParty;
        ReplyDueOn = null;
    }

    /// <summary>第32条: the third party answered, or 15 working days passed without an answer; the period runs again.</summary>
    public void EndConsultation(ThirdPartyAnswer answer, string? opinion, DateOnly endedOn, DateOnly today, WorkingDayCalendar calendar)
    {
        BusinessRule.Check(new RequestMustBeIn(State, "登记第三方意见", RequestState.ConsultingThirdParty));
        BusinessRule.Check(new StepDateWithin(endedOn, ConsultationSentOn!.Value, today, "收到第三方意见的日期"));
        BusinessRule.Check(new NoAnswerOnlyAfterFifteenWorkingDays(answer, endedOn, calendar.AddWorkingDays(ConsultationSentOn.Value, DisclosurePeriods.ThirdPartyWorkingDays).Value));
        ThirdPartyAnswer = answer;
        ThirdPartyOpinion = string.IsNullOrWhiteSpace(opinion) ? null : opinion.Trim();
        ConsultationEndedOn = endedOn;
        PausedWorkingDays += DisclosurePeriods.PausedDays(ConsultationSentOn.Value, endedOn, calendar);
        State = RequestState.InProgress;
        Recompute(calendar);
    }

    /// <summary>第33条第2款: 经政府信息公开工作机构负责人同意并告知申请人, at most 20 working days in all.</summary>
    public void Extend(int days, string reason, string approvedBy, DateOnly approvedOn, DateOnly? applicantToldOn, WorkingDayCalendar calendar)
    {
        BusinessRule.Check(new RequestMustBeIn(State, "延长答复期限", RequestState.InProgress));
        BusinessRule.Check(new ExtensionWithinTwentyWorkingDays(ExtensionDays, days));
        BusinessRule.Check(new ExtensionBeforeDueAndApplicantTold(ReplyDueOn, approvedOn, applicantToldOn));
        ExtensionDays += days;
        ExtensionReason = reason.Trim();
        ExtensionApprovedBy = approvedBy;
        ExtensionApprovedOn = approvedOn;
        ApplicantToldOfExtensionOn = applicantToldOn;
        Recompute(calendar);
    }

    /// <summary>第36条: one of the seven replies, with what that reply must say.</summary>
    public void Reply(ReplyType type, RefusalGround? ground, string? otherOrgan, string text, DateOnly on, string by, DateOnly today)
    {
        BusinessRule.Check(new RequestMustBeIn(State, "作出答复", RequestState.InProgress));
        BusinessRule.Check(new StepDateWithin(on, ReceivedOn!.Value, today, "答复日期"));
        BusinessRule.Check(new ReplySaysWhatItsTypeRequires(type, ground, otherOrgan, text));
        ReplyType = type;
        RefusalGround = type == Model.ReplyType.Refused ? ground : null;
        OtherOrgan = type == Model.ReplyType.NotThisOrgan && !string.IsNullOrWhiteSpace(otherOrgan) ? otherOrgan.Trim() : null;
        ReplyText = text.Trim();
        RepliedOn = on;
        RepliedBy = by;
        State = RequestState.Replied;
    }

    /// <summary>The applicant withdrew, or did not correct in time (第30条: 视为放弃申请).</summary>
    public void Close(ClosingKind kind, string? note, DateOnly on, DateOnly today)
    {
        BusinessRule.Check(new RequestMustBeIn(State, "终止办理", RequestState.AwaitingConfirmation, RequestState.InProgress, RequestState.AwaitingCorrection, RequestState.ConsultingThirdParty));
        BusinessRule.Check(new StepDateWithin(on, SubmittedOn, today, "终止日期"));
        if (kind == Model.ClosingKind.NotCorrected)
        {
            BusinessRule.Check(new RequestMustBeIn(State, "以逾期未补正为由终止", RequestState.AwaitingCorrection));
            BusinessRule.Check(new GivenUpOnlyAfterCorrectionPeriod(CorrectionDueOn, on));
        }

        ClosingKind = kind;
        ClosingNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        ClosedOn = on;
        State = RequestState.Closed;
        ReplyDueOn = null;
    }

    private void Recompute(WorkingDayCalendar calendar) =>
        ReplyDueOn = DisclosurePeriods.ReplyDue(ReceivedOn!.Value, ExtensionDays, PausedWorkingDays, calendar).Value;
}
