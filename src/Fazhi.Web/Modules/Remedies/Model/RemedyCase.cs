using Fazhi.Platform.ErrorHandling;
using Fazhi.Platform.Tenancy;

namespace Fazhi.Modules.Remedies.Model;

/// <summary>Which remedy the case is: 行政复议 (the township as 被申请人) or 行政诉讼 (the township as 被告, 行政应诉).</summary>
public enum RemedyKind
{
    /// <summary>行政复议: against a township the county government decides (行政复议法 第24条).</summary>
    Reconsideration = 1,

    /// <summary>行政诉讼: a lawsuit in the people's court (行政诉讼法).</summary>
    Litigation = 2,
}

/// <summary>How the reconsideration organ or the court ended the case.</summary>
public enum RemedyOutcome
{
    /// <summary>维持 (行政复议法 第68条) / 判决驳回诉讼请求 upholding the act (行政诉讼法 第69条).</summary>
    Upheld = 1,

    /// <summary>撤销或者部分撤销 (第64条; 行政诉讼法 第70条).</summary>
    Revoked = 2,

    /// <summary>变更 (第63条; 行政诉讼法 第77条).</summary>
    Varied = 3,

    /// <summary>确认违法 (第65条; 行政诉讼法 第74条).</summary>
    ConfirmedUnlawful = 4,

    /// <summary>确认无效 (第67条; 行政诉讼法 第75条).</summary>
    ConfirmedVoid = 5,

    /// <summary>责令履行 (第66条; 行政诉讼法 第72条).</summary>
    OrderedToPerform = 6,

    /// <summary>驳回复议请求 (第69条) / 裁定驳回起诉.</summary>
    Dismissed = 7,

    /// <summary>调解、和解 (第73–74条; 行政诉讼法 第60条).</summary>
    Mediated = 8,

    /// <summary>申请人撤回申请、原告撤诉, or terminated (终止).</summary>
    Withdrawn = 9,
}

/// <summary>Why the head did not appear in court: the cases 法释〔2020〕3号 第8条 accepts.</summary>
public enum AbsenceReason
{
    /// <summary>不可抗力.</summary>
    ForceMajeure = 1,

    /// <summary>意外事件.</summary>
    Accident = 2,

    /// <summary>需要履行他人不能代替的公务.</summary>
    IrreplaceableDuty = 3,

    /// <summary>无法出庭的其他正当事由.</summary>
    OtherJustified = 4,
}

internal static class RemedyLabels
{
    public static string Kind(RemedyKind k) => k switch
    {
        RemedyKind.Reconsideration => "行政复议",
        RemedyKind.Litigation => "行政诉讼",
        _ => k.ToString(),
    };

    public static string Outcome(RemedyOutcome o) => o switch
    {
        RemedyOutcome.Upheld => "维持（驳回诉讼请求）",
        RemedyOutcome.Revoked => "撤销",
        RemedyOutcome.Varied => "变更",
        RemedyOutcome.ConfirmedUnlawful => "确认违法",
        RemedyOutcome.ConfirmedVoid => "确认无效",
        RemedyOutcome.OrderedToPerform => "责令履行",
        RemedyOutcome.Dismissed => "驳回申请（起诉）",
        RemedyOutcome.Mediated => "调解、和解",
        RemedyOutcome.Withdrawn => "撤回、撤诉或终止",
        _ => o.ToString(),
    };

    public static string Absence(AbsenceReason r) => r switch
    {
        AbsenceReason.ForceMajeure => "不可抗力",
        AbsenceReason.Accident => "意外事件",
        AbsenceReason.IrreplaceableDuty => "需要履行他人不能代替的公务",
        AbsenceReason.OtherJustified => "其他正当事由",
        _ => r.ToString(),
    };

    /// <summary>Who the township is in the case: 被申请人 or 被告.</summary>
    public static string Role(RemedyKind k) => k == RemedyKind.Reconsideration ? "被申请人" : "被告";

    /// <summary>What the township hands in: 书面答复 (行政复议法 第48条) or 答辩状 (行政诉讼法 第67条).</summary>
    public static string Answer(RemedyKind k) => k == RemedyKind.Reconsideration ? "书面答复" : "答辩状";
}

/// <summary>
/// A case against the township: a 行政复议 in which it is 被申请人, or a lawsuit in which it is 被告. The copy received
/// starts the township's period to answer (行政复议法 第48条、第54条; 行政诉讼法 第67条); the hearing records who appeared
/// for the township (行政诉讼法 第3条第3款; 行政复议法 第51条); the outcome is what the organ or court decided. A decision
/// that revokes, varies, confirms unlawful or void, or orders performance corrects the act (纠错).
/// </summary>
internal sealed class RemedyCase : ITenantOwned
{
    private RemedyCase()
    {
    }

    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid TownshipId { get; private set; }

    public RemedyKind Kind { get; private set; }

    /// <summary>案号, e.g. 示县复〔2026〕12号 or （2026）示0101行初15号.</summary>
    public string CaseNumber { get; private set; } = "";

    /// <summary>申请人 / 原告: personal information, shown in the workspace only.</summary>
    public string Claimant { get; private set; } = "";

    /// <summary>被申请复议或被诉的行政行为.</summary>
    public string ChallengedAct { get; private set; } = "";

    /// <summary>行政复议机关 or 人民法院.</summary>
    public string Organ { get; private set; } = "";

    /// <summary>因政府信息公开工作 (the disclosure annual report's table 四 counts these).</summary>
    public bool AboutDisclosure { get; private set; }

    /// <summary>行政复议 简易程序 (第53条): the answer is due in 5 working days (第54条).</summary>
    public bool Simplified { get; private set; }

    /// <summary>收到申请书副本 / 起诉状副本之日: the period to answer runs from the next day.</summary>
    public DateOnly CopyReceivedOn { get; private set; }

    public DateOnly? AnsweredOn { get; private set; }

    public string? AnswerSummary { get; private set; }

    public DateOnly? HearingOn { get; private set; }

    /// <summary>Whether the head (负责人) appeared; null until a hearing is recorded.</summary>
    public bool? LeaderAppeared { get; private set; }

    /// <summary>The head who appeared, or the staff member sent in the head's place (相应的工作人员).</summary>
    public string? AppearedBy { get; private set; }

    public AbsenceReason? AbsenceReason { get; private set; }

    public string? AbsenceNote { get; private set; }

    public RemedyOutcome? Outcome { get; private set; }

    public DateOnly? DecidedOn { get; private set; }

    public string? DecisionSummary { get; private set; }

    /// <summary>行政复议意见书 文号 (行政复议法 第76条); null until the reconsideration organ issued one.</summary>
    public string? OpinionNumber { get; private set; }

    /// <summary>收到行政复议意见书之日: the 60 days to report the correction run from it (第76条).</summary>
    public DateOnly? OpinionReceivedOn { get; private set; }

    /// <summary>What the 意见书 found unlawful or improper and asked to correct.</summary>
    public string? OpinionSummary { get; private set; }

    /// <summary>报送纠正情况之日.</summary>
    public DateOnly? CorrectionReportedOn { get; private set; }

    /// <summary>The correction reported to the reconsideration organ.</summary>
    public string? CorrectionReport { get; private set; }

    /// <summary>The decision corrected the act (撤销、变更、确认违法、确认无效、责令履行).</summary>
    public bool Corrected => Outcome is { } o && IsCorrection(o);

    public static bool IsCorrection(RemedyOutcome o) =>
        o is RemedyOutcome.Revoked or RemedyOutcome.Varied or RemedyOutcome.ConfirmedUnlawful or RemedyOutcome.ConfirmedVoid or RemedyOutcome.OrderedToPerform;

    public static RemedyCase Register(Guid townshipId, RemedyKind kind, string caseNumber, string claimant, string act, string organ, bool aboutDisclosure, bool simplified,
        DateOnly copyReceivedOn, DateOnly today)
    {
        BusinessRule.Check(new NotAfterToday(copyReceivedOn, today, "CopyReceivedOn", "收到副本的日期"));
        BusinessRule.Check(new SimplifiedOnlyInReconsideration(kind, simplified));
        return new RemedyCase
        {
            TownshipId = townshipId,
            Kind = kind,
            CaseNumber = caseNumber.Trim(),
            Claimant = claimant.Trim(),
            ChallengedAct = act.Trim(),
            Organ = organ.Trim(),
            AboutDisclosure = aboutDisclosure,
            Simplified = simplified,
            CopyReceivedOn = copyReceivedOn,
        };
    }

    public void Answer(DateOnly on, string summary, DateOnly today)
    {
        BusinessRule.Check(new AnsweredOnce(AnsweredOn, RemedyLabels.Answer(Kind)));
        BusinessRule.Check(new DateBetween(CopyReceivedOn, on, today, "On", $"提交{RemedyLabels.Answer(Kind)}的日期", "收到副本之日"));
        AnsweredOn = on;
        AnswerSummary = summary.Trim();
    }

    public void RecordHearing(DateOnly on, bool leaderAppeared, string appearedBy, AbsenceReason? reason, string? note, DateOnly today)
    {
        BusinessRule.Check(new OutcomeNotYetRecorded(Outcome, "开庭（听证）"));
        BusinessRule.Check(new HearingRecordedOnce(HearingOn));
        BusinessRule.Check(new DateBetween(CopyReceivedOn, on, today, "On", Kind == RemedyKind.Litigation ? "开庭日期" : "听证日期", "收到副本之日"));
        BusinessRule.Check(new AbsenceHasAnAcceptedReason(Kind, leaderAppeared, reason, note));
        HearingOn = on;
        LeaderAppeared = leaderAppeared;
        AppearedBy = appearedBy.Trim();
        AbsenceReason = leaderAppeared ? null : reason;
        AbsenceNote = leaderAppeared ? null : note?.Trim();
    }

    public void Decide(RemedyOutcome outcome, DateOnly on, string summary, DateOnly today)
    {
        BusinessRule.Check(new OutcomeNotYetRecorded(Outcome, "结果"));
        BusinessRule.Check(new DateBetween(CopyReceivedOn, on, today, "On", Kind == RemedyKind.Litigation ? "裁判日期" : "复议决定日期", "收到副本之日"));
        Outcome = outcome;
        DecidedOn = on;
        DecisionSummary = summary.Trim();
    }

    /// <summary>
    /// 行政复议法 第76条: the reconsideration organ, while handling the case, found the act (or another act of the township)
    /// unlawful or improper and issued a 行政复议意见书. It may come before or with the decision, so the outcome does not matter.
    /// </summary>
    public void ReceiveOpinion(string number, DateOnly receivedOn, string summary, DateOnly today)
    {
        BusinessRule.Check(new OpinionOnlyInReconsideration(Kind));
        BusinessRule.Check(new OpinionRecordedOnce(OpinionReceivedOn, OpinionNumber));
        BusinessRule.Check(new DateBetween(CopyReceivedOn, receivedOn, today, "ReceivedOn", "收到意见书的日期", "收到申请书副本之日"));
        OpinionNumber = number.Trim();
        OpinionReceivedOn = receivedOn;
        OpinionSummary = summary.Trim();
    }

    /// <summary>第76条: 将纠正相关违法或者不当行政行为的情况报送行政复议机关; only once an 意见书 was received, and only once.</summary>
    public void ReportCorrection(DateOnly on, string report, DateOnly today)
    {
        BusinessRule.Check(new CorrectionNeedsAnOpinion(OpinionReceivedOn));
        BusinessRule.Check(new CorrectionReportedOnce(CorrectionReportedOn));
        BusinessRule.Check(new DateBetween(OpinionReceivedOn!.Value, on, today, "On", "报送纠正情况的日期", "收到意见书之日"));
        CorrectionReportedOn = on;
        CorrectionReport = report.Trim();
    }
}

/// <summary>行政复议意见书 is issued by a 行政复议机关 (行政复议法 第76条); a court's 司法建议 is not recorded here.</summary>
internal sealed record OpinionOnlyInReconsideration(RemedyKind Kind) : IBusinessRule
{
    public bool IsBroken => Kind != RemedyKind.Reconsideration;

    public string Code => "remedies.opinion.reconsideration-only";

    public string? Field => "Number";

    public string Message => "行政复议意见书由行政复议机关在办理行政复议案件中制发（《行政复议法》第七十六条），行政诉讼案件不能登记意见书。";
}

internal sealed record OpinionRecordedOnce(DateOnly? ReceivedOn, string? Number) : IBusinessRule
{
    public bool IsBroken => ReceivedOn is not null;

    public string Code => "remedies.opinion.once";

    public string? Field => "Number";

    public string Message => $"本案已于 {ReceivedOn:yyyy-MM-dd} 登记行政复议意见书（{Number}），其纠正情况按《行政复议法》第七十六条报送。";
}

/// <summary>第76条: the 60 days and the duty to report run from receiving an 意见书; there is nothing to report before it.</summary>
internal sealed record CorrectionNeedsAnOpinion(DateOnly? OpinionReceivedOn) : IBusinessRule
{
    public bool IsBroken => OpinionReceivedOn is null;

    public string Code => "remedies.correction.no-opinion";

    public string? Field => "Report";

    public string Message => "尚未登记行政复议意见书，不能报送纠正情况：纠正情况自收到行政复议意见书之日起六十日内报送（《行政复议法》第七十六条）。";
}

internal sealed record CorrectionReportedOnce(DateOnly? ReportedOn) : IBusinessRule
{
    public bool IsBroken => ReportedOn is not null;

    public string Code => "remedies.correction.once";

    public string? Field => "Report";

    public string Message => $"纠正情况已于 {ReportedOn:yyyy-MM-dd} 报送行政复议机关（《行政复议法》第七十六条）。";
}

internal sealed record NotAfterToday(DateOnly On, DateOnly Today, string? Field, string What) : IBusinessRule
{
    public bool IsBroken => On > Today;

    public string Code => "remedies.date.future";

    public string Message => $"{What}不能晚于今天（{Today:yyyy-MM-dd}）。";
}

/// <summary>简易程序 is a procedure of 行政复议 only (行政复议法 第53条); a lawsuit's 答辩 period is fixed by 行政诉讼法 第67条.</summary>
internal sealed record SimplifiedOnlyInReconsideration(RemedyKind Kind, bool Simplified) : IBusinessRule
{
    public bool IsBroken => Simplified && Kind != RemedyKind.Reconsideration;

    public string Code => "remedies.simplified";

    public string? Field => "Simplified";

    public string Message => "简易程序只适用于行政复议（《行政复议法》第五十三条）；行政诉讼的答辩期限为十五日（《行政诉讼法》第六十七条）。";
}

internal sealed record AnsweredOnce(DateOnly? AnsweredOn, string What) : IBusinessRule
{
    public bool IsBroken => AnsweredOn is not null;

    public string Code => "remedies.answer.once";

    public string Message => $"{What}已于 {AnsweredOn:yyyy-MM-dd} 提交。";
}

internal sealed record OutcomeNotYetRecorded(RemedyOutcome? Outcome, string What) : IBusinessRule
{
    public bool IsBroken => Outcome is not null;

    public string Code => "remedies.closed";

    public string Message => $"该案已登记结果（{RemedyLabels.Outcome(Outcome ?? RemedyOutcome.Upheld)}），不能再登记{What}。";
}

/// <summary>One record is one instance (法释〔2020〕3号 第7条: attendance counts per instance); an appeal is registered as its own case.</summary>
internal sealed record HearingRecordedOnce(DateOnly? HearingOn) : IBusinessRule
{
    public bool IsBroken => HearingOn is not null;

    public string Code => "remedies.hearing.once";

    public string Message => $"本案已登记 {HearingOn:yyyy-MM-dd} 的开庭（听证）；上诉或再审请另行登记为新的案件（法释〔2020〕3号第七条：每一审级分别出庭）。";
}

internal sealed record DateBetween(DateOnly From, DateOnly On, DateOnly Today, string? Field, string What, string FromWhat) : IBusinessRule
{
    public bool IsBroken => On < From || On > Today;

    public string Code => "remedies.date";

    public string Message => $"{What}应在{FromWhat}（{From:yyyy-MM-dd}）与今天之间。";
}

/// <summary>
/// 行政诉讼法 第3条第3款: 被诉行政机关负责人应当出庭应诉；不能出庭的，应当委托行政机关相应的工作人员出庭. Only the cases of
/// 法释〔2020〕3号 第8条 excuse the head, and "其他正当事由" must be stated. At a reconsideration hearing the head
/// "应当参加听证；不能参加的，应当说明理由" (行政复议法 第51条第2款), so a reason is required there too.
/// </summary>
internal sealed record AbsenceHasAnAcceptedReason(RemedyKind Kind, bool LeaderAppeared, AbsenceReason? Reason, string? Note) : IBusinessRule
{
    public bool IsBroken => !LeaderAppeared && (Reason is null || (Reason == Model.AbsenceReason.OtherJustified && string.IsNullOrWhiteSpace(Note)));

    public string Code => "remedies.hearing.absence";

    public string? Field => Reason is null ? "AbsenceReason" : "AbsenceNote";

    public string Message => Kind == RemedyKind.Litigation
        ? "负责人未出庭应诉的，应当写明不能出庭的情形（不可抗力、意外事件、需要履行他人不能代替的公务或写明的其他正当事由），并委托相应的工作人员出庭（《行政诉讼法》第三条第三款，法释〔2020〕3号第八条）。"
        : "被申请人的负责人未参加听证的，应当说明理由（《行政复议法》第五十一条第二款）。";
}
