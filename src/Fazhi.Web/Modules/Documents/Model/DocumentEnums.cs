namespace Fazhi.Modules.Documents.Model;

/// <summary>Where a normative document stands in its procedure (37号, 115号; README state diagram).</summary>
internal enum DocumentStatus
{
    Drafting = 1,
    PublicComment = 2,
    UnderLegalityReview = 3,
    Reviewed = 4,
    Deliberated = 5,
    Registered = 6,
    Issued = 7,
    Published = 8,
    Filed = 9,
}

/// <summary>What the text touches, ticked by the drafter (37号 一: 严禁越权设定许可、处罚、强制、收费, 增加义务; 优化营商环境条例 第62、64条).</summary>
[Flags]
internal enum DocumentTouches
{
    None = 0,
    Licensing = 1,
    Penalty = 2,
    Coercion = 4,
    Fees = 8,
    Obligations = 16,
    MarketActors = 32,
}

public enum ReviewerKind
{
    LegalAdvisor = 1,
    CountyBody = 2,
}

/// <summary>The written opinion of 115号 (六): 合法 / 应当予以修改 / 不合法.</summary>
public enum ReviewOpinion
{
    Lawful = 1,
    LawfulAfterAmendment = 2,
    Unlawful = 3,
}

public enum DeliberationDecision
{
    Approved = 1,
    Rejected = 2,
}

internal enum FilingOutcome
{
    Pending = 1,
    Accepted = 2,
    CorrectionOrdered = 3,
}

internal enum Validity
{
    InForce = 1,
    Repealed = 2,
    DeclaredInvalid = 3,
    Expired = 4,

    /// <summary>撤销: revoked by the township after the county's 责令纠正 (an unlawful document ends as if never valid).</summary>
    Revoked = 5,
}

internal enum SignerRole
{
    LeaderInCharge = 1,
    PrincipalLeader = 2,
}

public enum CleanupOutcome
{
    Continue = 1,
    Amend = 2,
    Repeal = 3,
    DeclareInvalid = 4,
}

/// <summary>Chinese labels for every enum the pages show.</summary>
internal static class DocumentLabels
{
    public static string Of(DocumentStatus status) => status switch
    {
        DocumentStatus.Drafting => "起草中",
        DocumentStatus.PublicComment => "征求意见中",
        DocumentStatus.UnderLegalityReview => "合法性审核中",
        DocumentStatus.Reviewed => "已审核",
        DocumentStatus.Deliberated => "已集体审议",
        DocumentStatus.Registered => "已登记编号",
        DocumentStatus.Issued => "已签发",
        DocumentStatus.Published => "已公布",
        DocumentStatus.Filed => "已报备案",
        _ => "",
    };

    public static string Of(ReviewOpinion opinion) => opinion switch
    {
        ReviewOpinion.Lawful => "合法",
        ReviewOpinion.LawfulAfterAmendment => "修改后合法",
        ReviewOpinion.Unlawful => "不合法",
        _ => "",
    };

    public static string Of(ReviewerKind kind) => kind switch
    {
        ReviewerKind.LegalAdvisor => "本乡镇法律顾问",
        ReviewerKind.CountyBody => "县政府指定的审核机构",
        _ => "",
    };

    public static string Of(DeliberationDecision decision) => decision switch
    {
        DeliberationDecision.Approved => "审议通过",
        DeliberationDecision.Rejected => "审议未通过",
        _ => "",
    };

    public static string Of(FilingOutcome outcome) => outcome switch
    {
        FilingOutcome.Pending => "待审查",
        FilingOutcome.Accepted => "准予备案",
        FilingOutcome.CorrectionOrdered => "责令纠正",
        _ => "",
    };

    public static string Of(Validity validity) => validity switch
    {
        Validity.InForce => "有效",
        Validity.Repealed => "失效（已废止）",
        Validity.DeclaredInvalid => "失效（宣布失效）",
        Validity.Expired => "失效（有效期届满）",
        Validity.Revoked => "已撤销",
        _ => "",
    };

    public static string Of(CorrectionState state) => state switch
    {
        CorrectionState.Ordered => "正在纠正",
        CorrectionState.Suspended => "已停止执行",
        CorrectionState.Corrected => "已纠正",
        CorrectionState.Ended => "已撤销或废止",
        _ => "",
    };

    public static string Of(SignerRole role) => role switch
    {
        SignerRole.LeaderInCharge => "分管领导",
        SignerRole.PrincipalLeader => "主要领导",
        _ => "",
    };

    public static string Of(CleanupOutcome outcome) => outcome switch
    {
        CleanupOutcome.Continue => "继续有效",
        CleanupOutcome.Amend => "修改",
        CleanupOutcome.Repeal => "废止",
        CleanupOutcome.DeclareInvalid => "宣布失效",
        _ => "",
    };

    public static IReadOnlyList<(DocumentTouches Flag, string Label)> Touches { get; } =
    [
        (DocumentTouches.Licensing, "行政许可"),
        (DocumentTouches.Penalty, "行政处罚"),
        (DocumentTouches.Coercion, "行政强制"),
        (DocumentTouches.Fees, "行政收费"),
        (DocumentTouches.Obligations, "增加公民、法人和其他组织义务"),
        (DocumentTouches.MarketActors, "涉及市场主体/营商环境"),
    ];

    public static string Of(DocumentTouches touches) =>
        touches == DocumentTouches.None ? "无" : string.Join("、", Touches.Where(t => touches.HasFlag(t.Flag)).Select(t => t.Label));
}
