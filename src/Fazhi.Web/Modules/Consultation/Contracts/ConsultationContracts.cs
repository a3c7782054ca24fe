using Fazhi.Platform.Auth;
using Fazhi.Platform.Deadlines;

namespace Fazhi.Modules.Consultation.Contracts;

/// <summary>How staff answered one public comment.</summary>
/// <summary>A comment's id and the receipt number (YJ2026-0003) the commenter follows it with.</summary>
public sealed record CommentReceipt(Guid Id, string ReceiptNumber);

public enum CommentDecision
{
    Pending = 1,
    Adopted = 2,
    NotAdopted = 3,
}

/// <summary>
/// Where an opinion came in. 国务院令第713号第十四条 lets opinions be heard by 座谈会、书面征求意见 and other means, and
/// townships gather them through 信访, the 12345 hotline and the official account as well as the portal.
/// </summary>
public enum OpinionChannel
{
    Portal = 1,
    Petition = 2,
    Hotline12345 = 3,
    WeChatAccount = 4,
    Symposium = 5,
    Other = 6,
}

/// <summary>Labels and the public masking of opinions.</summary>
public static class OpinionChannels
{
    public static string Label(OpinionChannel channel) => channel switch
    {
        OpinionChannel.Portal => "门户网站",
        OpinionChannel.Petition => "信访",
        OpinionChannel.Hotline12345 => "12345热线",
        OpinionChannel.WeChatAccount => "微信公众号",
        OpinionChannel.Symposium => "座谈会",
        OpinionChannel.Other => "其他",
        _ => channel.ToString(),
    };

    /// <summary>The submitter as the public may see it, masked as the portal masks every natural person (张某), or 匿名.</summary>
    public static string Mask(string? name) =>
        string.IsNullOrWhiteSpace(name) ? "匿名" : Platform.Privacy.PersonalInfoMasker.MaskName(name);
}

/// <summary>An opinion received outside the portal, recorded by staff.</summary>
/// <param name="Channel">Any channel but the portal (portal comments come from the public form).</param>
/// <param name="ReceivedOn">The day it came in.</param>
/// <param name="Article">第N条 it is about, or null for the whole text.</param>
/// <param name="Summary">What was said, as recorded.</param>
/// <param name="SubmitterName">Who said it (staff only; the public sees it masked).</param>
/// <param name="Contact">How to reach them (staff only).</param>
public sealed record OtherChannelOpinion(OpinionChannel Channel, DateOnly ReceivedOn, int? Article, string Summary, string? SubmitterName, string? Contact);

/// <summary>What a module puts to public comment: the text, its period and the record it belongs to.</summary>
/// <param name="TownshipId">Owning township.</param>
/// <param name="Subject">The record the comments are about; its deadline of the comment period is opened on it.</param>
/// <param name="Title">Public title, e.g. 《小江镇农村建房管理办法（征求意见稿）》.</param>
/// <param name="Text">The text put to comment, with articles 第一条…; comments may point to one of them.</param>
/// <param name="Explanation">Public explanation of the draft.</param>
/// <param name="Period">The comment period (e.g. 7 working days, or 30 days under 优化营商环境条例 第62条).</param>
public sealed record OpenConsultationRequest(Guid TownshipId, DeadlineSubject Subject, string Title, string Text, string Explanation, DeadlineRule Period);

/// <summary>A consultation as other modules read it.</summary>
public sealed record ConsultationInfo(
    Guid Id,
    Guid TownshipId,
    Guid SubjectId,
    string Title,
    DateOnly OpensOn,
    DateOnly ClosesOn,
    bool IsOpen,
    int CommentCount,
    int UndecidedCount,
    bool SummaryPublished,
    DateOnly? SummaryPublishedOn,
    string WorkspaceUrl,
    string? PortalUrl);

/// <summary>A comment as staff see it (contact details included: never shown on the portal).</summary>
public sealed record ConsultationCommentInfo(
    Guid Id,
    int? Article,
    string Content,
    string? CommenterName,
    string? Contact,
    DateTimeOffset SubmittedAt,
    CommentDecision Decision,
    string? DecisionReason,
    OpinionChannel Channel,
    DateOnly ReceivedOn,
    string ReceiptNumber = "");

/// <summary>One line of a published adoption summary (意见采纳情况), as the public may read it: no commenter, no contact.</summary>
/// <param name="Target">第N条 or 全文.</param>
/// <param name="Content">The comment.</param>
/// <param name="Adopted">采纳 or 不予采纳.</param>
/// <param name="Reason">Why.</param>
/// <param name="Channel">Where the opinion came in (门户网站, 12345热线…).</param>
/// <param name="Submitter">The submitter masked (张某) or 匿名.</param>
public sealed record PublicSummaryEntry(string Target, string Content, bool Adopted, string Reason, string Channel, string Submitter);

/// <summary>
/// Public consultation (公开征求意见) for any module: Documents (issue 3) and major decisions (issue 6). Methods that
/// open or publish add to the caller's DbContext and do not save, like <see cref="IDeadlines"/>.
/// </summary>
public interface IConsultations
{
    /// <summary>Opens the consultation today, computes its closing day from the period and opens that deadline on the subject.</summary>
    Task<ConsultationInfo> OpenAsync(OpenConsultationRequest request, DateOnly today, CancellationToken cancellationToken);

    Task<ConsultationInfo?> FindAsync(Guid consultationId, DateOnly today, CancellationToken cancellationToken);

    Task<IReadOnlyList<ConsultationCommentInfo>> CommentsAsync(Guid consultationId, CancellationToken cancellationToken);

    /// <summary>Comments received and adopted in each of several consultations, with one grouped query (for figures).</summary>
    Task<IReadOnlyDictionary<Guid, CommentCounts>> CommentCountsAsync(IReadOnlyCollection<Guid> consultationIds, CancellationToken cancellationToken);

    /// <summary>Adds a comment from the portal (anyone); its receipt, or null when no such published consultation. Refused outside the period or for an article the text does not have.</summary>
    Task<CommentReceipt?> AddCommentAsync(Guid consultationId, int? article, string content, string? commenterName, string? contact, DateOnly today, CancellationToken cancellationToken);

    // The three answering steps below are the drafting body's: each checks ConsultationAnsweredByClerkOrLeader (ADR 0010).

    /// <summary>Records an opinion received through another channel (信访, 12345, 公众号, 座谈会…); null when no such consultation of the caller's township.</summary>
    Task<Guid?> RecordOpinionAsync(Guid consultationId, OtherChannelOpinion opinion, DateOnly today, Actor actor, CancellationToken cancellationToken);

    /// <summary>Records 采纳 / 不予采纳 with the reason.</summary>
    Task<bool> DecideAsync(Guid commentId, CommentDecision decision, string reason, Actor actor, CancellationToken cancellationToken);

    /// <summary>The published adoption summary of a consultation, read as the public reads it; null until it is published.</summary>
    Task<IReadOnlyList<PublicSummaryEntry>?> PublicSummaryAsync(Guid consultationId, CancellationToken cancellationToken);

    /// <summary>Publishes the adoption summary (after the period, with every comment answered) and meets the comment deadline.</summary>
    Task<ConsultationInfo?> PublishSummaryAsync(Guid consultationId, DateOnly today, Actor actor, CancellationToken cancellationToken);
}

/// <summary>How many comments a consultation received and how many of them were adopted (采纳).</summary>
public sealed record CommentCounts(int Received, int Adopted);
