using System.Linq.Expressions;
using Fazhi.Modules.Documents.Rules;
using Fazhi.Platform.Auth;
using Fazhi.Platform.ErrorHandling;
using Fazhi.Platform.Tenancy;

namespace Fazhi.Modules.Documents.Model;

/// <summary>Who acts in a step: recorded on the record (留痕).</summary>
internal sealed record DocumentActor(string UserName, string DisplayName);

/// <summary>
/// 行政规范性文件: the aggregate that carries the procedure of 国办发〔2018〕37号 and 115号. Every step is a method
/// that checks its named rules first; the public sees only the published copy of the text (PublishedTitle/Body).
/// </summary>
internal sealed class NormativeDocument : IPublishable
{
    private NormativeDocument()
    {
    }

    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid TownshipId { get; private set; }

    public string Title { get; private set; } = "";

    public DocumentStatus Status { get; private set; }

    public DocumentTouches Touches { get; private set; }

    /// <summary>The drafter chose public comment though the checklist does not require it.</summary>
    public bool PublicCommentChosen { get; private set; }

    public bool PublicCommentCompleted { get; private set; }

    public Guid? ConsultationId { get; private set; }

    public int CurrentVersion { get; private set; }

    /// <summary>The document was issued and is being amended after a correction order or a cleanup decision.</summary>
    public bool IsReopened { get; private set; }

    public string? ReopenReason { get; private set; }

    public string? DocumentNumber { get; private set; }

    public int? NumberYear { get; private set; }

    public int? NumberSequence { get; private set; }

    public DateOnly? RegisteredOn { get; private set; }

    public string? InChargeSigner { get; private set; }

    public string? InChargeSignerUserName { get; private set; }

    public DateTimeOffset? InChargeSignedAt { get; private set; }

    public string? PrincipalSigner { get; private set; }

    public string? PrincipalSignerUserName { get; private set; }

    public DateTimeOffset? PrincipalSignedAt { get; private set; }

    public int? SignedVersion { get; private set; }

    public DateOnly? SignedOn { get; private set; }

    public bool IsPublic { get; private set; }

    public int? PublishedVersion { get; private set; }

    public string? PublishedTitle { get; private set; }

    public string? PublishedBody { get; private set; }

    public DateOnly? PublishedOn { get; private set; }

    /// <summary>First publication, for the on-time rate; re-publication after an amendment does not change it.</summary>
    public DateOnly? FirstPublishedOn { get; private set; }

    public bool PublishedOnTime { get; private set; }

    public DateOnly? WrittenOn { get; private set; }

    public string? IndexNumber { get; private set; }

    public string? Publisher { get; private set; }

    public string? DisclosureMode { get; private set; }

    public DateOnly? EffectiveFrom { get; private set; }

    public DateOnly? ValidUntil { get; private set; }

    public Validity Validity { get; private set; } = Validity.InForce;

    public DateOnly? InvalidSince { get; private set; }

    public string? InvalidReason { get; private set; }

    public bool CleanupAmendPending { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public string CreatedBy { get; private set; } = "";

    public List<DocumentVersion> Versions { get; private set; } = [];

    public List<LegalityReview> Reviews { get; private set; } = [];

    public List<Deliberation> Deliberations { get; private set; } = [];

    public List<DocumentHistoryEntry> History { get; private set; } = [];

    /// <summary>优化营商环境条例 第62条 (market actors) and documents adding obligations go to public comment; the drafter may choose it for others.</summary>
    public bool RequiresPublicComment => Touches.HasFlag(DocumentTouches.MarketActors) || Touches.HasFlag(DocumentTouches.Obligations);

    public bool AffectsMarketActors => Touches.HasFlag(DocumentTouches.MarketActors);

    public DocumentVersion Current => Versions.Single(v => v.Number == CurrentVersion);

    /// <summary>The review of the version now on the table, if it has an opinion.</summary>
    public LegalityReview? ReviewOfCurrentVersion =>
        Reviews.Where(r => r.VersionNumber == CurrentVersion && r.Opinion is not null).MaxBy(r => r.CompletedAt);

    public LegalityReview? OpenReview => Reviews.SingleOrDefault(r => r.Opinion is null);

    /// <summary>Validity as the public sees it today: expiry is computed, never stored, so it cannot lag.</summary>
    public Validity ValidityOn(DateOnly today) => ValidityOf(Validity, ValidUntil, today);

    /// <summary>
    /// <see cref="ValidityOn"/> for a row read without its aggregate (a ledger projection): in force past its 有效期
    /// is expired (国办发〔2018〕37号: 有效期届满自动失效).
    /// </summary>
    public static Validity ValidityOf(Validity stored, DateOnly? validUntil, DateOnly today) =>
        stored == Validity.InForce && validUntil is { } until && until < today ? Validity.Expired : stored;

    /// <summary>In force on <paramref name="today"/> as a database query: the same test as <see cref="ValidityOn"/>.</summary>
    public static Expression<Func<NormativeDocument, bool>> InForceOn(DateOnly today) =>
        d => d.Validity == Validity.InForce && (d.ValidUntil == null || d.ValidUntil >= today);

    /// <summary>Not in force on <paramref name="today"/> (repealed, revoked, declared invalid or expired), as a query.</summary>
    public static Expression<Func<NormativeDocument, bool>> NotInForceOn(DateOnly today)
    {
        var inForce = InForceOn(today);
        return Expression.Lambda<Func<NormativeDocument, bool>>(Expression.Not(inForce.Body), inForce.Parameters);
    }

    public DateOnly? InvalidSinceOn(DateOnly today) =>
        ValidityOn(today) == Validity.Expired ? ValidUntil!.Value.AddDays(1) : InvalidSince;

    public static NormativeDocument Draft(Guid townshipId, string title, string body, string explanation, DocumentTouches touches, bool chooseComment, DocumentActor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var document = new NormativeDocument
        {
            TownshipId = townshipId,
            Status = DocumentStatus.Drafting,
            CreatedAt = now,
            CreatedBy = actor.DisplayName,
        };
        document.AddVersion(title, body, explanation, touches, chooseComment, actor, now);
        document.Log(actor, now, "起草", $"创建文件草案（第1稿）");
        return document;
    }

    /// <summary>Saves a new immutable version; any later step reviews this version afresh.</summary>
    public DocumentVersion SaveVersion(string title, string body, string explanation, DocumentTouches touches, bool chooseComment, DocumentActor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        BusinessRule.Check(new SignedVersionCannotBeEdited(Status));
        BusinessRule.Check(new TextFrozenDuringProcedure(Status));
        var version = AddVersion(title, body, explanation, touches, chooseComment, actor, now);
        Status = DocumentStatus.Drafting;
        Log(actor, now, "修改", $"保存第{version.Number}稿");
        return version;
    }

    private DocumentVersion AddVersion(string title, string body, string explanation, DocumentTouches touches, bool chooseComment, DocumentActor actor, DateTimeOffset now)
    {
        var version = new DocumentVersion(Id, TownshipId, CurrentVersion + 1, title.Trim(), body.Trim(), explanation.Trim(), actor.DisplayName, now);
        Versions.Add(version);
        CurrentVersion = version.Number;
        Title = version.Title;
        Touches = touches;
        PublicCommentChosen = chooseComment;
        return version;
    }

    public void OpenPublicComment(Guid consultationId, DateOnly closesOn, DocumentActor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        BusinessRule.Check(new PublicCommentOpensOnDraft(Status));
        ConsultationId = consultationId;
        PublicCommentCompleted = false;
        Status = DocumentStatus.PublicComment;
        Log(actor, now, "公开征求意见", $"第{CurrentVersion}稿公开征求意见，截止{closesOn:yyyy-MM-dd}");
    }

    /// <summary>Ends the comment phase once the adoption summary is public; the drafter may then amend and send for review.</summary>
    public void CompletePublicComment(bool summaryPublished, DocumentActor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        BusinessRule.Check(new ReviewIsNotExpected(Status, DocumentStatus.PublicComment));
        BusinessRule.Check(new ConsultationCanBeCompleted(summaryPublished));
        PublicCommentCompleted = true;
        Status = DocumentStatus.Drafting;
        Log(actor, now, "征求意见结束", "征求意见采纳情况已公布");
    }

    public LegalityReview AssignReview(ReviewerKind kind, string reviewerUserName, string reviewerName, int periodDays, DocumentsOptions options, DocumentActor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(actor);
        BusinessRule.Check(new ReviewAssignableFromDraft(Status));
        BusinessRule.Check(new PublicCommentCompletedBeforeReview(RequiresPublicComment || PublicCommentChosen, PublicCommentCompleted));
        BusinessRule.Check(new ReviewPeriodWithinLimits(periodDays, options.LegalityReviewMinWorkingDays, options.LegalityReviewMaxWorkingDays));
        var review = new LegalityReview(Id, TownshipId, CurrentVersion, kind, reviewerUserName, reviewerName, periodDays, now, actor.DisplayName);
        Reviews.Add(review);
        Status = DocumentStatus.UnderLegalityReview;
        Log(actor, now, "送合法性审核", $"第{CurrentVersion}稿送{DocumentLabels.Of(kind)}（{reviewerName}）审核，期限{periodDays}个工作日");
        return review;
    }

    public LegalityReview GiveOpinion(ReviewOpinion opinion, string reasons, bool actorIsAssignedReviewer, DocumentActor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        BusinessRule.Check(new ReviewIsOpen(Status));
        BusinessRule.Check(new OnlyAssignedReviewerGivesOpinion(actorIsAssignedReviewer));
        var review = OpenReview!;
        review.Complete(opinion, reasons, actor.DisplayName, now);
        Status = DocumentStatus.Reviewed;
        Log(actor, now, "出具审核意见", $"第{review.VersionNumber}稿：{DocumentLabels.Of(opinion)}");
        return review;
    }

    public Deliberation Deliberate(DateOnly meetingDate, string attendees, DeliberationDecision decision, string? dissent, string minutes, DocumentActor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        BusinessRule.Check(new DeliberationRequiresPassedReview(Status, ReviewOfCurrentVersion?.Opinion));
        var deliberation = new Deliberation(Id, TownshipId, CurrentVersion, meetingDate, attendees, decision, dissent, minutes, actor.DisplayName, now);
        Deliberations.Add(deliberation);
        Status = decision == DeliberationDecision.Approved ? DocumentStatus.Deliberated : DocumentStatus.Drafting;
        Log(actor, now, "集体审议", $"{meetingDate:yyyy-MM-dd}会议：{DocumentLabels.Of(decision)}");
        return deliberation;
    }

    /// <summary>统一登记、统一编号: an amended document keeps the number it was issued under.</summary>
    public void Register(int year, int sequence, string number, DocumentActor actor, DateTimeOffset now, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(actor);
        BusinessRule.Check(new RegistrationRequiresDeliberation(Status));
        if (DocumentNumber is null)
        {
            NumberYear = year;
            NumberSequence = sequence;
            DocumentNumber = number;
        }

        RegisteredOn = today;
        InChargeSigner = InChargeSignerUserName = PrincipalSigner = PrincipalSignerUserName = null;
        InChargeSignedAt = PrincipalSignedAt = null;
        Status = DocumentStatus.Registered;
        Log(actor, now, "统一登记编号", $"文号 {DocumentNumber}");
    }

    /// <summary>Records one of the two signatures; returns true when both are in and the version is signed.</summary>
    public bool Sign(SignerRole role, LeaderPost post, bool requireDistinct, DocumentActor actor, DateTimeOffset now, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(actor);
        BusinessRule.Check(new SigningRequiresRegistration(Status));
        BusinessRule.Check(new SignerHoldsThePost(role, post));
        var other = role == SignerRole.LeaderInCharge ? PrincipalSignerUserName : InChargeSignerUserName;
        BusinessRule.Check(new SignatureNotYetGiven(role == SignerRole.LeaderInCharge ? InChargeSignedAt is not null : PrincipalSignedAt is not null));
        BusinessRule.Check(new PrincipalSignsAfterLeaderInCharge(role, InChargeSignedAt is not null));
        BusinessRule.Check(new SignaturesFromDistinctLeaders(requireDistinct && string.Equals(other, actor.UserName, StringComparison.OrdinalIgnoreCase)));
        if (role == SignerRole.LeaderInCharge)
        {
            InChargeSigner = actor.DisplayName;
            InChargeSignerUserName = actor.UserName;
            InChargeSignedAt = now;
        }
        else
        {
            PrincipalSigner = actor.DisplayName;
            PrincipalSignerUserName = actor.UserName;
            PrincipalSignedAt = now;
        }

        Log(actor, now, "签发", $"{DocumentLabels.Of(role)}签发");
        if (InChargeSignedAt is null || PrincipalSignedAt is null)
        {
            return false;
        }

        SignedVersion = CurrentVersion;
        SignedOn = today;
        Status = DocumentStatus.Issued;
        return true;
    }

    public void Publish(PublicationMetadata metadata, int validityYears, bool onTime, DocumentActor actor, DateTimeOffset now, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        ArgumentNullException.ThrowIfNull(actor);
        BusinessRule.Check(new PublicationRequiresDeliberationAndNumber(Status, DocumentNumber is not null));
        var signed = Versions.Single(v => v.Number == SignedVersion);
        PublishedVersion = signed.Number;
        PublishedTitle = signed.Title;
        PublishedBody = signed.Body;
        PublishedOn = today;
        if (FirstPublishedOn is null)
        {
            FirstPublishedOn = today;
            PublishedOnTime = onTime;
        }

        WrittenOn = metadata.WrittenOn;
        IndexNumber = metadata.IndexNumber;
        Publisher = metadata.Publisher;
        DisclosureMode = metadata.DisclosureMode;
        EffectiveFrom = metadata.EffectiveFrom;
        ValidUntil = metadata.EffectiveFrom.AddYears(validityYears).AddDays(-1);
        IsPublic = true;
        IsReopened = false;
        ReopenReason = null;
        CleanupAmendPending = false;
        Status = DocumentStatus.Published;
        Log(actor, now, "公布", $"在门户公布（{DocumentNumber}），有效期至{ValidUntil:yyyy-MM-dd}");
    }

    public void MarkFiled(DocumentActor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        BusinessRule.Check(new FilingRequiresPublication(Status));
        Status = DocumentStatus.Filed;
        Log(actor, now, "报送备案", "报县级备案审查");
    }

    /// <summary>Reopens an issued document for a new draft after the county's 责令纠正 or a cleanup decision to amend.</summary>
    public void Reopen(bool correctionOrdered, string reason, DocumentActor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        BusinessRule.Check(new AmendmentRequiresCorrectionOrCleanup(correctionOrdered && Status == DocumentStatus.Filed, CleanupAmendPending));
        IsReopened = true;
        ReopenReason = reason;
        PublicCommentCompleted = false;
        Status = DocumentStatus.Drafting;
        Log(actor, now, "重新起草", reason);
    }

    public void EndValidity(Validity how, string reason, DocumentActor actor, DateTimeOffset now, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(actor);
        BusinessRule.Check(new OnlyDocumentsInForceCanBeRepealed(PublishedOn is not null, ValidityOn(today)));
        Validity = how;
        InvalidSince = today;
        InvalidReason = reason;
        Log(actor, now, how switch { Validity.Repealed => "废止", Validity.Revoked => "撤销", _ => "宣布失效" }, reason);
    }

    public void MarkCleanupAmend(DocumentActor actor, DateTimeOffset now, string reason)
    {
        CleanupAmendPending = true;
        Log(actor, now, "清理决定修改", reason);
    }

    public void Log(DocumentActor actor, DateTimeOffset now, string action, string detail)
    {
        ArgumentNullException.ThrowIfNull(actor);
        History.Add(new DocumentHistoryEntry(Id, TownshipId, now, actor.DisplayName, action, detail));
    }
}

/// <summary>A step expected in a given state (small guard shared by the comment steps).</summary>
internal sealed record ReviewIsNotExpected(DocumentStatus Status, DocumentStatus Expected) : IBusinessRule
{
    public bool IsBroken => Status != Expected;

    public string Code => "documents.public-comment.not-open";

    public string Message => "该文件当前没有进行中的公开征求意见。";
}

/// <summary>Disclosure metadata of 政府信息公开条例 and the portal (索引号, 发布机构, 成文日期, 公开方式).</summary>
internal sealed record PublicationMetadata(string IndexNumber, string Publisher, DateOnly WrittenOn, string DisclosureMode, DateOnly EffectiveFrom);
