using Fazhi.Modules.Documents.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.ErrorHandling;

namespace Fazhi.Modules.Documents.Rules;

// The refusals of the normative documents procedure, one named rule each with a stable code (README lists them).

/// <summary>A signed (or registered) text is the issued text: it changes only through a reopened amendment (37号 统一印发).</summary>
internal sealed record SignedVersionCannotBeEdited(DocumentStatus Status) : IBusinessRule
{
    public bool IsBroken => Status is DocumentStatus.Registered or DocumentStatus.Issued or DocumentStatus.Published or DocumentStatus.Filed;

    public string Code => "documents.drafting.signed-version-locked";

    public string Message => "根据国办发〔2018〕37号“统一登记、统一编号、统一印发”的要求，已登记编号或签发的文件文本不得修改；如需修改，须经备案审查责令纠正或清理决定修改后重新起草、审核。";
}

/// <summary>While the public comments or the reviewer reviews, the text under comment or review must stay the same.</summary>
internal sealed record TextFrozenDuringProcedure(DocumentStatus Status) : IBusinessRule
{
    public bool IsBroken => Status is DocumentStatus.PublicComment or DocumentStatus.UnderLegalityReview;

    public string Code => "documents.drafting.text-frozen";

    public string Message => "文件正在公开征求意见或合法性审核中，不得修改送审文本；根据国办发〔2018〕115号，审核对象须为送审稿本身。";
}

/// <summary>A consultation is opened on a draft, not on a text already under review or issued.</summary>
internal sealed record PublicCommentOpensOnDraft(DocumentStatus Status) : IBusinessRule
{
    public bool IsBroken => Status is not (DocumentStatus.Drafting or DocumentStatus.Reviewed);

    public string Code => "documents.public-comment.not-draft";

    public string Message => "只有起草阶段的文件可以公开征求意见（优化营商环境条例第六十二条：制定过程中向社会公开征求意见）。";
}

/// <summary>Documents affecting market actors or adding obligations go to public comment before the review (优化营商环境条例 第62条; 115号 (五) requires 征求意见及采纳情况 among the review materials).</summary>
internal sealed record PublicCommentCompletedBeforeReview(bool Required, bool Completed) : IBusinessRule
{
    public bool IsBroken => Required && !Completed;

    public string Code => "documents.legality-review.public-comment-missing";

    public string Message => "该文件涉及市场主体或公民、法人义务，须先完成公开征求意见并公布采纳情况，方可送合法性审核（优化营商环境条例第六十二条；国办发〔2018〕115号（五）送审材料应包括征求意见及采纳情况）。";
}

/// <summary>The consultation ends only after its period, and only with every comment answered.</summary>
internal sealed record ConsultationCanBeCompleted(bool SummaryPublished) : IBusinessRule
{
    public bool IsBroken => !SummaryPublished;

    public string Code => "documents.public-comment.summary-missing";

    public string Message => "征求意见采纳情况尚未公布，不能结束征求意见（优化营商环境条例第六十二条：建立意见反馈机制）。";
}

internal sealed record ReviewAssignableFromDraft(DocumentStatus Status) : IBusinessRule
{
    public bool IsBroken => Status is not (DocumentStatus.Drafting or DocumentStatus.Reviewed or DocumentStatus.Deliberated);

    public string Code => "documents.legality-review.not-draft";

    public string Message => "只有起草阶段的文件可以送合法性审核（国办发〔2018〕115号（五））。";
}

/// <summary>115号 (五): 合法性审核时间一般不少于5个工作日，最长不超过15个工作日.</summary>
internal sealed record ReviewPeriodWithinLimits(int Days, int Min, int Max) : IBusinessRule
{
    public bool IsBroken => Days < Min || Days > Max;

    public string Code => "documents.legality-review.period-out-of-range";

    public string Message => $"合法性审核期限须在{Min}至{Max}个工作日之间（国办发〔2018〕115号（五）：一般不少于5个工作日，最长不超过15个工作日）。";
}

internal sealed record ReviewIsOpen(DocumentStatus Status) : IBusinessRule
{
    public bool IsBroken => Status != DocumentStatus.UnderLegalityReview;

    public string Code => "documents.legality-review.not-open";

    public string Message => "该文件没有待出具意见的合法性审核（国办发〔2018〕115号（六））。";
}

/// <summary>The opinion is the assigned reviewer's own (115号 (四)); a county body's written opinion is entered by the clerk.</summary>
internal sealed record OnlyAssignedReviewerGivesOpinion(bool IsAssignedReviewer) : IBusinessRule
{
    public bool IsBroken => !IsAssignedReviewer;

    public string Code => "documents.legality-review.not-assigned-reviewer";

    public string Message => "只有被指定的合法性审核人员可以出具审核意见（国办发〔2018〕115号（四））。";
}

/// <summary>115号 (七): 未经合法性审核或者经审核不合法的，不得提交集体审议 — on the version now on the table.</summary>
internal sealed record DeliberationRequiresPassedReview(DocumentStatus Status, ReviewOpinion? OpinionOnCurrentVersion) : IBusinessRule
{
    public bool IsBroken => Status is not (DocumentStatus.Reviewed or DocumentStatus.Deliberated)
        || OpinionOnCurrentVersion is not (ReviewOpinion.Lawful or ReviewOpinion.LawfulAfterAmendment);

    public string Code => "documents.deliberation.review-not-passed";

    public string Message => "根据国办发〔2018〕115号，规范性文件未经合法性审核或者经审核不合法的，不得提交集体审议（须对当前版本审核结论为“合法”或“修改后合法”）。";
}

/// <summary>三统一: numbering follows the collective deliberation (37号; 115号 (七) presupposes deliberation before issue).</summary>
internal sealed record RegistrationRequiresDeliberation(DocumentStatus Status) : IBusinessRule
{
    public bool IsBroken => Status != DocumentStatus.Deliberated;

    public string Code => "documents.registration.not-deliberated";

    public string Message => "文件未经集体审议通过，不得统一登记、统一编号（国办发〔2018〕37号“严格落实集体审议制度”“统一登记、统一编号、统一印发”）。";
}

internal sealed record SigningRequiresRegistration(DocumentStatus Status) : IBusinessRule
{
    public bool IsBroken => Status != DocumentStatus.Registered;

    public string Code => "documents.signing.not-registered";

    public string Message => "文件未经统一登记编号，不得签发（国办发〔2018〕37号“统一登记、统一编号、统一印发”）。";
}

internal sealed record SignaturesFromDistinctLeaders(bool SameSigner) : IBusinessRule
{
    public bool IsBroken => SameSigner;

    public string Code => "documents.signing.same-signer";

    public string Message => "分管领导与主要领导须由不同人员签发（本地设置要求双签）。";
}

/// <summary>
/// Each signature is given by the leader who holds that post (ADR 0027): the 分管领导's by an account recorded as 分管领导,
/// the 主要领导's by the 主要领导. One 领导 account signing both would make the 双签 of 37号's 统一印发 a formality.
/// </summary>
internal sealed record SignerHoldsThePost(SignerRole Role, LeaderPost Post) : IBusinessRule
{
    private LeaderPost Required => Role == SignerRole.LeaderInCharge ? LeaderPost.InCharge : LeaderPost.Principal;

    public bool IsBroken => Post != Required;

    public string Code => "documents.signing.wrong-leader";

    public string Message => $"“{DocumentLabels.Of(Role)}签发”须由登记为{LeaderPosts.Label(Required)}的领导账户办理，您的账户登记为{LeaderPosts.Label(Post)}（规范性文件由分管领导审签、主要领导签发后统一印发，国办发〔2018〕37号“统一登记、统一编号、统一印发”）；领导职务由系统管理员在用户管理中登记。";

    public string? Field => "Role";
}

/// <summary>The 分管领导 signs first and the 主要领导 then signs for issue: the principal leader signs what the leader in charge has already checked (ADR 0027).</summary>
internal sealed record PrincipalSignsAfterLeaderInCharge(SignerRole Role, bool InChargeSigned) : IBusinessRule
{
    public bool IsBroken => Role == SignerRole.PrincipalLeader && !InChargeSigned;

    public string Code => "documents.signing.principal-before-in-charge";

    public string Message => "分管领导尚未签发，主要领导不得先行签发：规范性文件先由分管领导审签，再由主要领导签发（国办发〔2018〕37号“统一印发”）。";
}

internal sealed record SignatureNotYetGiven(bool AlreadySigned) : IBusinessRule
{
    public bool IsBroken => AlreadySigned;

    public string Code => "documents.signing.already-signed";

    public string Message => "该签发已记录，不得重复签发（分管领导、主要领导各签发一次）。";
}

/// <summary>Publication comes after deliberation, numbering and signing (37号 三统一; 优化营商环境条例 第64条第2款).</summary>
internal sealed record PublicationRequiresDeliberationAndNumber(DocumentStatus Status, bool HasNumber) : IBusinessRule
{
    public bool IsBroken => Status != DocumentStatus.Issued || !HasNumber;

    public string Code => "documents.publication.not-deliberated-or-numbered";

    public string Message => "文件未经集体审议、统一编号并签发，不得公布（国办发〔2018〕37号“统一登记、统一编号、统一印发”）。";
}

/// <summary>Only a published document can be filed: 备案 concerns the issued text.</summary>
internal sealed record FilingRequiresPublication(DocumentStatus Status) : IBusinessRule
{
    public bool IsBroken => Status != DocumentStatus.Published;

    public string Code => "documents.filing.not-published";

    public string Message => "文件尚未公布，不得报送备案（国办发〔2018〕37号：规范性文件应当在公开发布后报送备案）。";
}

internal sealed record FilingNotYetDecided(FilingOutcome Outcome) : IBusinessRule
{
    public bool IsBroken => Outcome != FilingOutcome.Pending;

    public string Code => "documents.filing-review.already-decided";

    public string Message => "该备案已审查完毕，不得重复审查。";
}

/// <summary>An issued document reopens only on the county's order to correct or a cleanup decision to amend (37号 备案审查、清理).</summary>
internal sealed record AmendmentRequiresCorrectionOrCleanup(bool CorrectionOrdered, bool CleanupAmend) : IBusinessRule
{
    public bool IsBroken => !CorrectionOrdered && !CleanupAmend;

    public string Code => "documents.amendment.not-ordered";

    public string Message => "已公布的文件只有在备案审查责令纠正或清理决定修改后，方可重新起草修改（国办发〔2018〕37号）。";
}

internal sealed record OnlyDocumentsInForceCanBeRepealed(bool Published, Validity Validity) : IBusinessRule
{
    public bool IsBroken => !Published || Validity != Validity.InForce;

    public string Code => "documents.repeal.not-in-force";

    public string Message => "只有已公布且现行有效的文件可以废止或宣布失效。";
}

internal sealed record CleanupItemsAllDecided(int Undecided) : IBusinessRule
{
    public bool IsBroken => Undecided > 0;

    public string Code => "documents.cleanup.undecided-items";

    public string Message => $"清理目录中还有{Undecided}件文件未作出清理结论，不能公布清理结果（国办发〔2018〕37号：清理结果向社会公布）。";
}

internal sealed record CleanupNotYetPublished(bool Published) : IBusinessRule
{
    public bool IsBroken => Published;

    public string Code => "documents.cleanup.already-published";

    public string Message => "清理结果已公布，不得再修改。";
}

/// <summary>A document's attachment must belong to a document of the uploader's own township.</summary>
internal sealed record AttachmentOwnerMustExist(bool Exists) : IBusinessRule
{
    public bool IsBroken => !Exists;

    public string Code => "documents.attachments.owner-missing";

    public string Message => "找不到附件所属的规范性文件，附件未保存。";
}

/// <summary>停止执行 and 撤销 answer a correction order still open (备案审查：责令纠正).</summary>
internal sealed record CorrectionOrderIsOpen(bool Open) : IBusinessRule
{
    public bool IsBroken => !Open;

    public string Code => "documents.correction.not-ordered";

    public string Message => "该文件没有待纠正的县级备案审查责令纠正意见，不能停止执行。";
}

/// <summary>Execution is stopped once; the date stays on the record.</summary>
internal sealed record ExecutionNotYetSuspended(Model.CorrectionState State) : IBusinessRule
{
    public bool IsBroken => State == Model.CorrectionState.Suspended;

    public string Code => "documents.correction.already-suspended";

    public string Message => "该文件已停止执行，正在纠正。";
}
