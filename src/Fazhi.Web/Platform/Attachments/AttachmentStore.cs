using System.Security.Cryptography;
using Fazhi.Platform.Data;
using Fazhi.Platform.ErrorHandling;
using Fazhi.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Platform.Attachments;

/// <summary>
/// The attachment store: the upload is written to a temp file while it is hashed, checked, then kept content-addressed
/// by the configured <see cref="IBlobStore"/> (a folder or the database, ADR 0029), never overwritten (same hash, same
/// bytes: the blob is reused). Every download is re-hashed whichever store holds it.
/// </summary>
internal sealed partial class AttachmentStore(
    FazhiDbContext db,
    FazhiStorageOptions storage,
    IBlobStore blobs,
    AttachmentOptions options,
    TimeProvider clock,
    IEnumerable<IAttachmentOwnerGuard> guards,
    ILogger<AttachmentStore> logger) : IAttachments
{
    private string BlobsRoot => Path.Combine(storage.DataFolder, "blobs");

    public Task<AttachmentInfo> UploadAsync(Auth.Actor uploader, Guid townshipId, string ownerType, Guid ownerId, string purpose, string fileName, Stream content, CancellationToken cancellationToken)
    {
        Procedures.WhoMayRule.Of<FilesFiledByTownshipStaff>().Check(uploader);
        return AddAsync(townshipId, ownerType, ownerId, purpose, fileName, content, cancellationToken);
    }

    public async Task<AttachmentInfo> AddAsync(Guid townshipId, string ownerType, Guid ownerId, string purpose, string fileName, Stream content, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(ownerType);
        ArgumentException.ThrowIfNullOrWhiteSpace(purpose);
        ArgumentNullException.ThrowIfNull(content);
        BusinessRule.Check(new AttachmentOwnerMustBeRecordOfTownship(ownerType.Trim(), await OwnerTownshipAsync(ownerType.Trim(), ownerId, cancellationToken) == townshipId));
        foreach (var guard in guards)
        {
            await guard.EnsureMayAttachAsync(ownerType.Trim(), ownerId, cancellationToken);
        }

        // Browsers may send a full client path; keep only the name. Bidi controls go: "报告\u202Efdp.exe" would show
        // as "报告exe.pdf" in every list and download dialog.
        var name = Web.DisplayText.Neutralise(Path.GetFileName((fileName ?? "").Replace('\\', '/'))).Trim();
        if (name.Length == 0)
        {
            throw new BusinessRuleException("attachments.name-missing", "上传的文件没有文件名。");
        }

        var tempFolder = Path.Combine(BlobsRoot, "tmp");
        Directory.CreateDirectory(tempFolder);
        var tempPath = Path.Combine(tempFolder, Guid.NewGuid().ToString("N"));
        AttachmentKind kind;
        string sha256;
        long size = 0;
        try
        {
            await using (var file = new FileStream(tempPath, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.Asynchronous))
            {
                using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
                var buffer = new byte[81920];
                int read;
                while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    size += read;
                    BusinessRule.Check(new AttachmentSizeMustBeWithinLimit(name, size, options.MaxBytes));
                    hash.AppendData(buffer, 0, read);
                    await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                }

                BusinessRule.Check(new AttachmentSizeMustBeWithinLimit(name, size, options.MaxBytes));
                await file.FlushAsync(cancellationToken);
                kind = AttachmentSniffer.Check(name, file, options);
                sha256 = Convert.ToHexStringLower(hash.GetHashAndReset());
            }

            await blobs.KeepAsync(sha256, tempPath, cancellationToken);
        }
        finally
        {
            if (File.Exists(tempPath))
            {
                File.Delete(tempPath);
            }
        }

        var tenant = db.Tenant;
        var attachment = new Attachment
        {
            TownshipId = townshipId,
            OwnerType = ownerType.Trim(),
            OwnerId = ownerId,
            Purpose = purpose.Trim(),
            FileName = name,
            Kind = kind,
            ContentType = AttachmentKinds.ContentType(kind),
            Size = size,
            Sha256 = sha256,
            UploadedById = tenant.UserId,
            UploadedByName = tenant.UserName,
            UploadedAt = TruncateToMilliseconds(clock.GetUtcNow()),
        };
        db.Add(attachment);
        return ToInfo(attachment);
    }

    /// <summary>The township of the record a file is filed under, or null when there is no such record of that type.</summary>
    private async Task<Guid?> OwnerTownshipAsync(string ownerType, Guid ownerId, CancellationToken ct)
    {
        var type = db.Model.GetEntityTypes().FirstOrDefault(t => !t.IsOwned() && string.Equals(t.ClrType.Name, ownerType, StringComparison.Ordinal)
            && t.FindPrimaryKey() is { Properties: [{ ClrType: var key }] } && key == typeof(Guid));
        if (type is null)
        {
            return null;
        }

        // A record added in this unit of work (an activity saved together with its photos, so it is never kept with
        // half of them) is not in the database yet: its township is the one it is being added for.
        var key = type.FindPrimaryKey()!.Properties[0].Name;
        var added = db.ChangeTracker.Entries().FirstOrDefault(e => e.State == EntityState.Added && e.Metadata == type && Equals(e.Property(key).CurrentValue, ownerId));
        if (added is not null && type.FindProperty("TownshipId") is { ClrType: var township } && (township == typeof(Guid) || township == typeof(Guid?)))
        {
            return (Guid?)added.Property("TownshipId").CurrentValue;
        }

        return await RecordTownships.StoredTownshipOfAsync(db, type, type.FindPrimaryKey()!.Properties, [ownerId], async: true, ct);
    }

    public async Task<IReadOnlyList<AttachmentInfo>> ForOwnerAsync(Guid ownerId, CancellationToken cancellationToken) =>
        (await db.Set<Attachment>().AsNoTracking().Where(a => a.OwnerId == ownerId).ToListAsync(cancellationToken))
            .OrderBy(a => a.UploadedAt).Select(ToInfo).ToList();

    public async Task SetPublicAsync(string ownerType, Guid ownerId, bool isPublic, CancellationToken cancellationToken)
    {
        foreach (var attachment in await db.Set<Attachment>().Where(a => a.OwnerType == ownerType && a.OwnerId == ownerId).ToListAsync(cancellationToken))
        {
            attachment.IsPublic = isPublic;
        }
    }

    public async Task<IReadOnlyList<AttachmentInfo>> PublishedForOwnerAsync(string ownerType, Guid ownerId, CancellationToken cancellationToken) =>
        (await db.Published<Attachment>().AsNoTracking().Where(a => a.OwnerType == ownerType && a.OwnerId == ownerId).ToListAsync(cancellationToken))
            .OrderBy(a => a.UploadedAt)
            .Select(a => ToInfo(a) with { DownloadUrl = AttachmentUrls.Public(a.Id) })
            .ToList();

    /// <summary>
    /// Opens the blob for download after re-hashing it; a missing or altered blob refuses the download and is logged,
    /// because a served file must be the one that was filed (全过程记录可回溯).
    /// </summary>
    public async Task<Stream> OpenVerifiedAsync(Attachment attachment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(attachment);
        var stream = await blobs.OpenAsync(attachment.Sha256, cancellationToken);
        if (stream is null)
        {
            LogBlobMissing(logger, attachment.Id, attachment.Sha256);
            var missing = new AttachmentMustBeUnaltered(attachment.FileName, Altered: true);
            throw new BusinessRuleException(missing.Code, missing.Message);
        }

        try
        {
            var actual = Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken));
            if (!string.Equals(actual, attachment.Sha256, StringComparison.Ordinal))
            {
                LogBlobAltered(logger, attachment.Id, attachment.Sha256, actual);
                BusinessRule.Check(new AttachmentMustBeUnaltered(attachment.FileName, Altered: true));
            }

            stream.Position = 0;
            return stream;
        }
        catch
        {
            await stream.DisposeAsync();
            throw;
        }
    }

    internal static AttachmentInfo ToInfo(Attachment a) =>
        new(a.Id, a.FileName, a.Kind, a.ContentType, a.Size, a.Sha256, a.UploadedByName, a.UploadedAt, a.Purpose, AttachmentUrls.Workspace(a.Id));

    private static DateTimeOffset TruncateToMilliseconds(DateTimeOffset instant)
    {
        var utc = instant.ToUniversalTime();
        return new DateTimeOffset(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Attachment {AttachmentId}: blob {Sha256} is missing; download refused")]
    private static partial void LogBlobMissing(ILogger logger, Guid attachmentId, string sha256);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Attachment {AttachmentId}: blob expected SHA-256 {Expected} but has {Actual}; download refused")]
    private static partial void LogBlobAltered(ILogger logger, Guid attachmentId, string expected, string actual);
}

public static class AttachmentUrls
{
    /// <summary>Download for township staff (tenant-filtered).</summary>
    public static string Workspace(Guid id) => $"/api/workspace/attachments/{id}";

    /// <summary>Download for the public, only while the attachment is published.</summary>
    public static string Public(Guid id) => $"/files/{id}";
}
