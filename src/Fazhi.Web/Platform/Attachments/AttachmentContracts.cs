namespace Fazhi.Platform.Attachments;

/// <summary>What a file is, by name and by content (issue 2 §7).</summary>
public enum AttachmentKind
{
    Pdf = 1,
    Docx = 2,
    Xlsx = 3,
    Jpeg = 4,
    Png = 5,
    Mp3 = 6,
    Mp4 = 7,
}

/// <summary>A stored file as modules and pages read it.</summary>
public sealed record AttachmentInfo(
    Guid Id,
    string FileName,
    AttachmentKind Kind,
    string ContentType,
    long Size,
    string Sha256,
    string UploadedBy,
    DateTimeOffset UploadedAt,
    string Purpose,
    string DownloadUrl);

/// <summary>
/// The attachment store of every module. <see cref="AddAsync"/> checks the file by name and content, writes the blob
/// content-addressed (never overwriting), and adds the metadata row to the context without saving: the caller's
/// SaveChanges commits it with the step it belongs to.
/// </summary>
public interface IAttachments
{
    /// <param name="townshipId">Owning township (tenancy).</param>
    /// <param name="ownerType">Record type, e.g. <c>NormativeDocument</c>.</param>
    /// <param name="ownerId">Record id.</param>
    /// <param name="purpose">What the file is for, in Chinese, e.g. 审核意见书, 会议录音.</param>
    /// <param name="fileName">The uploaded name.</param>
    /// <param name="content">The bytes; read once.</param>
    /// <param name="cancellationToken">Cancels the upload.</param>
    /// <exception cref="ErrorHandling.BusinessRuleException">Type not allowed, content does not match the name, or too large.</exception>
    Task<AttachmentInfo> AddAsync(Guid townshipId, string ownerType, Guid ownerId, string purpose, string fileName, Stream content, CancellationToken cancellationToken);

    /// <summary>
    /// The attachments panel's own step (page and API): <paramref name="uploader"/> files a document under a record of
    /// their township. Refused with 403 outside <see cref="FilesFiledByTownshipStaff"/>; otherwise as <see cref="AddAsync"/>.
    /// </summary>
    Task<AttachmentInfo> UploadAsync(Auth.Actor uploader, Guid townshipId, string ownerType, Guid ownerId, string purpose, string fileName, Stream content, CancellationToken cancellationToken);

    Task<IReadOnlyList<AttachmentInfo>> ForOwnerAsync(Guid ownerId, CancellationToken cancellationToken);

    /// <summary>
    /// Publishes (or withdraws) the attachments a record holds under its own owner type, when the module publishes or
    /// withdraws the record itself; changes the tracked rows without saving, like <see cref="AddAsync"/>. The owner
    /// type is part of the key so that a file filed under another type (an internal opinion) is never published with it.
    /// </summary>
    Task SetPublicAsync(string ownerType, Guid ownerId, bool isPublic, CancellationToken cancellationToken);

    /// <summary>A record's published attachments as the public sees them, with public download links.</summary>
    Task<IReadOnlyList<AttachmentInfo>> PublishedForOwnerAsync(string ownerType, Guid ownerId, CancellationToken cancellationToken);
}

/// <summary>
/// A module's say on whether a record may still receive files. Every upload, through the module's own step or the
/// generic attachments endpoint, asks every registered guard first; a guard refuses with a
/// <see cref="ErrorHandling.BusinessRuleException"/> naming its rule (e.g. a closed decision archive, 第33条).
/// </summary>
public interface IAttachmentOwnerGuard
{
    Task EnsureMayAttachAsync(string ownerType, Guid ownerId, CancellationToken cancellationToken);
}
