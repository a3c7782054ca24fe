using Fazhi.Platform.Receipts;
using Fazhi.Modules.Consultation.Contracts;
using Fazhi.Platform.ErrorHandling;
using Fazhi.Platform.Tenancy;

namespace Fazhi.Modules.Consultation.Model;

/// <summary>公开征求意见: a text put to the public for a period; public from the day it opens.</summary>
internal sealed class PublicConsultation : IPublishable
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid TownshipId { get; set; }

    public string SubjectModule { get; set; } = "";

    public string SubjectType { get; set; } = "";

    public Guid SubjectId { get; set; }

    public string WorkspaceUrl { get; set; } = "";

    public string Title { get; set; } = "";

    public string Text { get; set; } = "";

    public string Explanation { get; set; } = "";

    public string PeriodRuleCode { get; set; } = "";

    public string PeriodDescription { get; set; } = "";

    public DateOnly OpensOn { get; set; }

    public DateOnly ClosesOn { get; set; }

    public bool IsPublic { get; set; } = true;

    public DateOnly? SummaryPublishedOn { get; set; }

    /// <summary>The published adoption summary: comment text and answer only, never who wrote it or how to reach them.</summary>
    public List<SummaryLine> Summary { get; set; } = [];

    public bool IsOpenOn(DateOnly today) => today >= OpensOn && today <= ClosesOn && SummaryPublishedOn is null;
}

internal sealed class SummaryLine
{
    public int Order { get; set; }

    public int? Article { get; set; }

    public string Content { get; set; } = "";

    public bool Adopted { get; set; }

    public string Reason { get; set; } = "";

    public OpinionChannel Channel { get; set; } = OpinionChannel.Portal;

    /// <summary>Masked at publication (张某): the summary never holds a full name or a contact.</summary>
    public string Submitter { get; set; } = "";
}

/// <summary>
/// An opinion on a consultation: from anyone on the portal, or received through another channel and recorded by staff.
/// Contact details stay inside the workspace.
/// </summary>
internal sealed class ConsultationComment : IPublicSubmission, IReceipted
{
    /// <summary>Prefix of the receipt number: 意见 (YJ2026-0003).</summary>
    public const string ReceiptPrefix = "YJ";

    public Guid Id { get; set; } = Guid.NewGuid();

    public int ReceiptYear { get; set; }

    public int ReceiptSequence { get; set; }

    /// <summary>受理编号: with the contact given, the commenter reads how the opinion was handled.</summary>
    public string ReceiptNumber { get; set; } = "";

    public Guid ConsultationId { get; set; }

    public Guid TownshipId { get; set; }

    /// <summary>第N条, or null for the whole text.</summary>
    public int? Article { get; set; }

    public string Content { get; set; } = "";

    public string? CommenterName { get; set; }

    public string? Contact { get; set; }

    public DateTimeOffset SubmittedAt { get; set; }

    public OpinionChannel Channel { get; set; } = OpinionChannel.Portal;

    /// <summary>The Beijing day it came in: the portal's day of submission, or the day another channel received it.</summary>
    public DateOnly ReceivedOn { get; set; }

    public CommentDecision Decision { get; set; } = CommentDecision.Pending;

    public string? DecisionReason { get; set; }
}

internal sealed record CommentPeriodIsOpen(bool Open, DateOnly ClosesOn) : IBusinessRule
{
    public bool IsBroken => !Open;

    public string Code => "consultation.comment.period-closed";

    public string Message => $"征求意见期限已过或尚未开始（截止{ClosesOn:yyyy年M月d日}），不能再提交意见。";
}

internal sealed record CommentedArticleExists(int? Article, int ArticleCount) : IBusinessRule
{
    public bool IsBroken => Article is { } n && (n < 1 || n > ArticleCount);

    public string Code => "consultation.comment.no-such-article";

    public string Message => $"征求意见稿共{ArticleCount}条，没有第{Article}条。";
}

internal sealed record RecordedOpinionIsNotFromPortal(OpinionChannel Channel) : IBusinessRule
{
    public bool IsBroken => Channel == OpinionChannel.Portal;

    public string Code => "consultation.opinion.portal-channel";

    public string Message => "门户网站的意见由公众在门户提交，工作人员只登记信访、12345热线、公众号、座谈会等其他渠道收到的意见（国务院令第713号第十四条）。";
}

internal sealed record OpinionReceivedDuringConsultation(DateOnly ReceivedOn, DateOnly OpensOn, DateOnly Today) : IBusinessRule
{
    public bool IsBroken => ReceivedOn < OpensOn || ReceivedOn > Today;

    public string Code => "consultation.opinion.received-date-invalid";

    public string Message => $"收到意见的日期应在征求意见开始之日（{OpensOn:yyyy年M月d日}）至今天之间（国务院令第713号第十四条、第十八条：对各方面意见归纳整理）。";
}

internal sealed record SummaryAfterPeriodEnds(DateOnly Today, DateOnly ClosesOn) : IBusinessRule
{
    public bool IsBroken => Today <= ClosesOn;

    public string Code => "consultation.summary.period-not-ended";

    public string Message => $"征求意见期限至{ClosesOn:yyyy年M月d日}，期限届满前不能公布采纳情况（优化营商环境条例第六十二条：征求意见期限一般不少于30日）。";
}

internal sealed record SummaryAnswersEveryComment(int Undecided) : IBusinessRule
{
    public bool IsBroken => Undecided > 0;

    public string Code => "consultation.summary.undecided-comments";

    public string Message => $"还有{Undecided}条意见未作出采纳与否的答复，不能公布采纳情况（优化营商环境条例第六十二条：建立健全意见采纳情况反馈机制）。";
}

internal sealed record SummaryPublishedOnce(bool Published) : IBusinessRule
{
    public bool IsBroken => Published;

    public string Code => "consultation.summary.already-published";

    public string Message => "意见采纳情况已公布，不能再修改答复或登记新的意见（优化营商环境条例第六十二条、国务院令第713号第十八条：公开的采纳情况须与所收意见一致）。";
}
