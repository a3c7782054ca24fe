using System.Globalization;
using Fazhi.Modules.Enforcement.Officers;
using Fazhi.Modules.Enforcement.Powers;
using Fazhi.Platform.ErrorHandling;

namespace Fazhi.Modules.Enforcement.Cases.Rules;

/// <summary>行政处罚法 第42条: at least two officers, each with a valid enforcement certificate.</summary>
internal sealed record CaseNeedsTwoCertifiedOfficers(IReadOnlyCollection<Officer> Officers, DateOnly On, EnforcementOptions Options) : IBusinessRule
{
    public string? Field => "OfficerIds";

    private string? Problem => Officers.Count < 2
        ? $"行政处罚应当由具有行政执法资格的执法人员实施，执法人员不得少于两人（《行政处罚法》第四十二条），当前仅指派 {Officers.Count} 人"
        : Officers.Select(o => o.WhyNotCertified(On, Options)).FirstOrDefault(p => p is not null) is { } why
            ? $"{why}，不得指派办理案件（《行政处罚法》第四十二条：执法人员应当具有行政执法资格）"
            : null;

    public bool IsBroken => Problem is not null;

    public string Code => Officers.Count < 2 ? "enforcement.officers.fewer-than-two" : "enforcement.officers.not-certified";

    public string Message => Problem ?? "";
}

/// <summary>A penalty must be one the cited catalogue item allows, within its fine range (行政处罚法 第4条 法定原则, 第34条 裁量基准).</summary>
internal sealed record PenaltyWithinCitedItem(PowerItem Item, IReadOnlyCollection<string> Kinds, decimal? Fine) : IBusinessRule
{
    private string? Problem
    {
        get
        {
            if (Kinds.Count == 0)
            {
                return "请至少选择一种处罚种类";
            }

            var allowed = Item.Kinds;
            var outside = Kinds.FirstOrDefault(k => !allowed.Contains(k));
            if (outside is not null)
            {
                return $"处罚种类“{outside}”不在所引用职权事项“{Item.Name}”规定的种类（{Item.PenaltyKinds}）之内（《行政处罚法》第四条：实施处罚须有法定依据）";
            }

            var fines = Kinds.Contains("罚款");
            if (fines && Fine is null or <= 0)
            {
                return "处罚种类包含罚款，请填写罚款金额";
            }

            if (!fines && Fine is > 0)
            {
                return "未选择罚款种类，不应填写罚款金额";
            }

            if (fines && ((Item.FineMin is { } min && Fine < min) || (Item.FineMax is { } max && Fine > max)))
            {
                return $"罚款金额 {Fine!.Value.ToString("0.##", CultureInfo.InvariantCulture)} 元超出职权事项“{Item.Name}”规定的幅度（{Range(Item)}），依据：{Item.LegalBasis}";
            }

            return null;
        }
    }

    private static string Range(PowerItem item) =>
        $"{item.FineMin?.ToString("0.##", CultureInfo.InvariantCulture) ?? "0"} 至 {item.FineMax?.ToString("0.##", CultureInfo.InvariantCulture) ?? "不限"} 元";

    public bool IsBroken => Problem is not null;

    public string Code => "enforcement.penalty.outside-item";

    public string? Field => "Fine";

    public string Message => Problem ?? "";
}

/// <summary>A step is allowed only at the stages the procedure of 行政处罚法 第五章 puts it in.</summary>
internal sealed record CaseStageAllows(EnforcementCase Case, string Step, params CaseStage[] Allowed) : IBusinessRule
{
    public bool IsBroken => !Allowed.Contains(Case.Stage) || Case.IsRevoked;

    public string Code => "enforcement.case.wrong-stage";

    public string Message => Case.IsRevoked
        ? $"案件处罚决定已于{Case.RevokedOn:yyyy-MM-dd}撤销，不能再进行“{Step}”"
        : $"案件当前处于“{CaseStages.Label(Case.Stage)}”阶段，不能进行“{Step}”（须依《行政处罚法》第五章规定的程序顺序办理）";
}

internal sealed record StepNotBefore(DateOnly On, DateOnly Earliest, string Step, string Previous) : IBusinessRule
{
    public bool IsBroken => On < Earliest;

    public string Code => "enforcement.case.date-before-previous-step";

    public string Message => $"“{Step}”日期（{On:yyyy-MM-dd}）不能早于“{Previous}”日期（{Earliest:yyyy-MM-dd}）";
}

/// <summary>行政处罚法 第40条、第54条: facts must be established by evidence before a penalty is intended.</summary>
internal sealed record NoticeNeedsEvidence(int EvidenceCount) : IBusinessRule
{
    public bool IsBroken => EvidenceCount == 0;

    public string Code => "enforcement.notice.no-evidence";

    public string Message => "尚未登记任何证据，违法事实不清、证据不足的不得给予行政处罚（《行政处罚法》第四十条），请先完成调查取证";
}

internal sealed record HearingOnlyForHeavyPenalties(bool Eligible) : IBusinessRule
{
    public bool IsBroken => !Eligible;

    public string Code => "enforcement.hearing.not-eligible";

    public string Message => "拟作出的处罚不属于《行政处罚法》第六十三条规定的可以要求听证的情形";
}

/// <summary>行政处罚法 第64条第(一)项: the party asks for a hearing within 5 (working) days of the notice.</summary>
internal sealed record HearingRequestedInTime(DateOnly On, DateOnly Deadline) : IBusinessRule
{
    public bool IsBroken => On > Deadline;

    public string Code => "enforcement.hearing.request-late";

    public string Message => $"当事人应当在行政机关告知后五个工作日内提出听证要求（《行政处罚法》第六十四条），期限至{Deadline:yyyy-MM-dd}，已逾期";
}

internal sealed record HearingRequired(bool Present) : IBusinessRule
{
    public bool IsBroken => !Present;

    public string Code => "enforcement.hearing.not-requested";

    public string Message => "当事人未要求听证或尚未通知听证，不能进行此步骤";
}

/// <summary>行政处罚法 第64条第(二)项: notify the party of the time and place at least 7 (working) days ahead.</summary>
internal sealed record HearingNoticedSevenDaysAhead(DateOnly HearingOn, DateOnly EarliestAllowed) : IBusinessRule
{
    public bool IsBroken => HearingOn < EarliestAllowed;

    public string Code => "enforcement.hearing.notice-too-late";

    public string? Field => "HearingOn";

    public string Message => $"行政机关应当在举行听证的七日前通知当事人（《行政处罚法》第六十四条，按工作日计算），本次听证最早可安排在{EarliestAllowed:yyyy-MM-dd}";
}

/// <summary>行政处罚法 第64条第(四)项: the hearing is presided over by someone other than the investigators.</summary>
internal sealed record HearingHostIsNotCaseOfficer(string Host, IEnumerable<string> CaseOfficers) : IBusinessRule
{
    public bool IsBroken => CaseOfficers.Contains(Host.Trim());

    public string Code => "enforcement.hearing.host-is-investigator";

    public string? Field => "Host";

    public string Message => $"听证由行政机关指定的非本案调查人员主持（《行政处罚法》第六十四条），{Host}是本案执法人员";
}

internal sealed record LegalReviewMustBeRequested(bool Requested) : IBusinessRule
{
    public bool IsBroken => !Requested;

    public string Code => "enforcement.review.not-requested";

    public string Message => "案件尚未提请法制审核";
}

/// <summary>国办发〔2018〕118号 (十三)(十四) and 行政处罚法 第58条: the reviewer is independent of the investigation.</summary>
internal sealed record LegalReviewerIsNotCaseOfficer(string Reviewer, IEnumerable<string> CaseOfficers) : IBusinessRule
{
    public bool IsBroken => CaseOfficers.Contains(Reviewer.Trim());

    public string Code => "enforcement.review.reviewer-is-officer";

    public string Message => $"法制审核人员不得为本案执法人员（《行政处罚法》第五十八条、国办发〔2018〕118号），{Reviewer}是本案执法人员";
}

internal sealed record DiscussionAfterPassedReview(bool NeedsReview, bool ReviewPassed) : IBusinessRule
{
    public bool IsBroken => NeedsReview && !ReviewPassed;

    public string Code => "enforcement.discussion.review-not-passed";

    public string Message => "重大执法决定应当先经法制审核并获同意，再提交负责人集体讨论（《行政处罚法》第五十八条）";
}

/// <summary>行政处罚法 第45条、第62条: no decision before the party has been heard, unless they waived it.</summary>
internal sealed record DecisionAfterStatementPeriod(DateOnly On, DateOnly? StatementDeadline, bool Waived, bool StatementRecorded) : IBusinessRule
{
    public bool IsBroken => StatementDeadline is { } deadline && On <= deadline && !Waived && !StatementRecorded;

    public string Code => "enforcement.decision.statement-period";

    public string Message => $"陈述、申辩期限至{StatementDeadline:yyyy-MM-dd}，期满前且未听取当事人陈述申辩的，不得作出处罚决定（《行政处罚法》第四十五条、第六十二条）";
}

/// <summary>行政处罚法 第65条: when a hearing was requested, decide on the basis of its record.</summary>
internal sealed record DecisionAfterRequestedHearing(bool Requested, bool Held) : IBusinessRule
{
    public bool IsBroken => Requested && !Held;

    public string Code => "enforcement.decision.hearing-pending";

    public string Message => "当事人已要求听证，听证结束后方可依据听证笔录作出决定（《行政处罚法》第六十五条）";
}

/// <summary>行政处罚法 第58条: no major decision without 法制审核, or when the review did not approve.</summary>
internal sealed record MajorCaseNeedsPassedLegalReview(bool Needed, LegalReviewOpinion? Opinion) : IBusinessRule
{
    public bool IsBroken => Needed && Opinion != LegalReviewOpinion.Approved;

    public string Code => "enforcement.decision.legal-review-missing";

    public string Message => Opinion is null
        ? "重大执法决定未经法制审核，不得作出决定（《行政处罚法》第五十八条、国办发〔2018〕118号）"
        : "法制审核意见为“存在问题”，未经审核通过不得作出决定（《行政处罚法》第五十八条）";
}

/// <summary>行政处罚法 第57条第2款: complex or major cases are decided collectively by the organ's leaders.</summary>
internal sealed record ComplexCaseNeedsCollectiveDiscussion(bool Needed, bool Discussed) : IBusinessRule
{
    public bool IsBroken => Needed && !Discussed;

    public string Code => "enforcement.decision.discussion-missing";

    public string Message => "对情节复杂或者重大违法行为给予处罚，应当由行政机关负责人集体讨论决定（《行政处罚法》第五十七条第二款）";
}

/// <summary>行政处罚法 第45条第2款: the penalty may not be increased because the party defended themselves.</summary>
internal sealed record DecisionNotHeavierAfterStatement(decimal? Intended, decimal? Decided) : IBusinessRule
{
    public bool IsBroken => Intended is { } intended && Decided is { } decided && decided > intended;

    public string Code => "enforcement.decision.heavier-than-notice";

    public string? Field => "Fine";

    public string Message => $"决定罚款金额不得高于告知的拟处罚金额（{Intended:0.##} 元），行政机关不得因当事人陈述、申辩而给予更重的处罚（《行政处罚法》第四十五条）";
}

/// <summary>行政处罚法 第51条: on-the-spot penalties only for a warning or small fines.</summary>
internal sealed record SimplifiedProcedureWithinLimits(PartyKind Party, IReadOnlyCollection<string> Kinds, decimal? Fine, EnforcementOptions Options) : IBusinessRule
{
    private decimal Limit => Party == PartyKind.NaturalPerson ? Options.SimplifiedLimitNaturalPerson : Options.SimplifiedLimitLegalPerson;

    public bool IsBroken => Kinds.Any(k => k is not ("警告" or "罚款")) || (Fine ?? 0) > Limit;

    public string Code => "enforcement.simplified.outside-limits";

    public string? Field => "Fine";

    public string Message => $"简易程序仅适用于警告或对公民处二百元以下、对法人或者其他组织处三千元以下罚款（《行政处罚法》第五十一条），本案上限为 {Limit:0} 元，应适用普通程序";
}

internal sealed record PaymentCoversFineAndLateFee(decimal Fine, decimal LateFee, decimal Paid) : IBusinessRule
{
    public bool IsBroken => Fine > 0 && Paid < Fine + LateFee;

    public string Code => "enforcement.execution.underpaid";

    public string? Field => "Paid";

    public string Message => $"应缴罚款 {Fine:0.##} 元，加处罚款 {LateFee:0.##} 元（《行政处罚法》第七十二条：每日按罚款数额的百分之三加处，不超过罚款数额），实缴 {Paid:0.##} 元不足";
}

/// <summary>案卷评查: a case is closed only with a complete file.</summary>
internal sealed record ClosingNeedsCompleteFile(CaseFileChecklist Checklist) : IBusinessRule
{
    public bool IsBroken => Checklist.Missing().Any();

    public string Code => "enforcement.close.incomplete-file";

    public string Message => $"案卷不完整，以下项目未通过检查：{string.Join("、", Checklist.Missing())}。案卷应当主体合法、程序合法、事实清楚、证据确凿、适用法律正确并归档后方可结案（国办发〔2018〕118号 三）";
}

/// <summary>行政处罚法 第48条第2款: only a publication still on the portal can be withdrawn.</summary>
internal sealed record WithdrawalNeedsPublishedDecision(bool Published) : IBusinessRule
{
    public bool IsBroken => !Published;

    public string Code => "enforcement.publicity.not-published";

    public string Message => "该处罚决定未在公示中，无需撤回（《行政处罚法》第四十八条第二款）";
}

/// <summary>
/// 行政处罚法 第48条第2款: a published decision is withdrawn (within 3 working days, 第85条) once it was changed, revoked,
/// or found illegal or void — not otherwise, since 事后公示 of a standing decision is required by 国办发〔2018〕118号 (六).
/// </summary>
internal sealed record WithdrawalOnlyAfterRevocation(bool Revoked) : IBusinessRule
{
    public bool IsBroken => !Revoked;

    public string Code => "enforcement.publicity.not-revoked";

    public string Message => "处罚决定未被变更、撤销、确认违法或者确认无效，不能撤回公示（《行政处罚法》第四十八条第二款）";
}

internal static class CaseStages
{
    public static string Label(CaseStage stage) => stage switch
    {
        CaseStage.Filed => "立案调查",
        CaseStage.Noticed => "已告知",
        CaseStage.Decided => "已决定",
        CaseStage.Served => "已送达",
        CaseStage.Executed => "已执行",
        CaseStage.Closed => "已结案",
        _ => "",
    };
}

/// <summary>
/// An evidence item may point only at a file of the case's own township (全过程记录 belongs to the case file; a file of
/// another township is refused the same way as one that does not exist, ADR 0004).
/// </summary>
internal sealed record EvidenceFileMustBeOfTheTownship(bool Found) : IBusinessRule
{
    public bool IsBroken => !Found;

    public string Code => "enforcement.evidence.file-not-found";

    public string Message => "证据所附的文件不存在或不属于本乡镇，请先上传文件再登记证据（《行政处罚法》第四十六条：证据必须经查证属实）。";
}
