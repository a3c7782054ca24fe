using Fazhi.Platform.Deadlines;

namespace Fazhi.Modules.Documents.Model;

/// <summary>The statutory periods of the procedure, built from <see cref="DocumentsOptions"/> (README deadline table).</summary>
internal static class DocumentDeadlines
{
    public const string Module = "documents";
    public const string ReviewCode = "documents.legality-review";
    public const string PublicationCode = "documents.publication";
    public const string FilingCode = "documents.filing";
    public const string ExpiryCode = "documents.expiry";
    public const string CommentCode = "documents.public-comment";
    public const string CorrectionCode = "documents.correction";

    /// <summary>
    /// 115号 (四): the township's own review body (its legal advisor) reviews, or else the body the county designates —
    /// then the review period is that organ's, not a duty the township can be late on.
    /// </summary>
    public static DeadlineRule LegalityReview(int workingDays, ReviewerKind reviewer) =>
        new(ReviewCode, "规范性文件合法性审核", reviewer == ReviewerKind.CountyBody ? DeadlineOwner.OtherOrgan : DeadlineOwner.Government, "国办发〔2018〕115号（五）", "送审之日", workingDays, PeriodKind.WorkingDays, 2);

    public static DeadlineRule PublicComment(DocumentsOptions options, bool marketActors) => marketActors
        ? new(CommentCode, "规范性文件公开征求意见", DeadlineOwner.Public, "优化营商环境条例第六十二条", "公布征求意见稿之日", options.BusinessPublicCommentDays, PeriodKind.CalendarDays, 5)
        : new(CommentCode, "规范性文件公开征求意见", DeadlineOwner.Public, "法治政府建设示范指标第24项（国办发〔2018〕37号）", "公布征求意见稿之日", options.PublicCommentWorkingDays, PeriodKind.WorkingDays, 2);

    public static DeadlineRule Publication(DocumentsOptions options) =>
        new(PublicationCode, "规范性文件公布", DeadlineOwner.Government, "国办发〔2018〕37号“统一印发”；本地规定签发后5个工作日内公布", "签发之日", options.PublicationWorkingDays, PeriodKind.WorkingDays, 2);

    public static DeadlineRule Filing(DocumentsOptions options) =>
        new(FilingCode, "规范性文件报送备案", DeadlineOwner.Government, "国办发〔2018〕37号备案审查（期限按本省规定设置）", "公布之日", options.FilingDays, PeriodKind.CalendarDays, 3);

    public static DeadlineRule Expiry(DocumentsOptions options, DateOnly start, DateOnly validUntil) =>
        new(ExpiryCode, "规范性文件有效期届满", DeadlineOwner.Government, "本省规范性文件有效期规定（一般不超过5年）", "施行之日", validUntil.DayNumber - start.DayNumber, PeriodKind.CalendarDays, options.ExpiryWarningDays, RollOverRestDay: false);

    /// <summary>
    /// The county's 责令纠正 (备案审查) binds the township government that made the document: it must correct, stop or
    /// revoke it within the period the order sets (local rules, commonly 30 days) — the township's own duty.
    /// </summary>
    public static DeadlineRule Correction(DocumentsOptions options) =>
        new(CorrectionCode, "规范性文件责令纠正", DeadlineOwner.Government, "县级备案审查责令纠正（期限按本省规定设置）", "责令纠正之日", options.CorrectionDays, PeriodKind.CalendarDays, 7);

    public static DeadlineSubject Subject(NormativeDocument document) =>
        new(Module, nameof(NormativeDocument), document.Id, document.Title, $"/workspace/documents/{document.Id}");
}
