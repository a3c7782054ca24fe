using Fazhi.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Fazhi.Platform.Attachments;

/// <summary>
/// The metadata of one stored file. The bytes live content-addressed in the blob store; several rows may share one
/// blob. Public only when the owning module publishes its record.
/// </summary>
public sealed class Attachment : IPublishable
{
    public Guid Id { get; init; } = Guid.NewGuid();

    public Guid TownshipId { get; init; }

    public string OwnerType { get; init; } = "";

    public Guid OwnerId { get; init; }

    public string Purpose { get; init; } = "";

    public string FileName { get; init; } = "";

    public AttachmentKind Kind { get; init; }

    public string ContentType { get; init; } = "";

    public long Size { get; init; }

    /// <summary>Lower-case hex SHA-256 of the bytes: the blob's address, re-checked on every download.</summary>
    public string Sha256 { get; init; } = "";

    public Guid? UploadedById { get; init; }

    public string UploadedByName { get; init; } = "";

    public DateTimeOffset UploadedAt { get; init; }

    public bool IsPublic { get; set; }
}

internal sealed class AttachmentConfiguration : IEntityTypeConfiguration<Attachment>
{
    public void Configure(EntityTypeBuilder<Attachment> builder)
    {
        builder.ToTable("att_attachments");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.OwnerType).HasMaxLength(100).IsRequired();
        builder.Property(a => a.Purpose).HasMaxLength(100).IsRequired();
        builder.Property(a => a.FileName).HasMaxLength(255).IsRequired();
        builder.Property(a => a.Kind).HasConversion<string>().HasMaxLength(10);
        builder.Property(a => a.ContentType).HasMaxLength(100).IsRequired();
        builder.Property(a => a.Sha256).HasMaxLength(64).IsRequired();
        builder.Property(a => a.UploadedByName).HasMaxLength(100);
        builder.HasIndex(a => new { a.OwnerType, a.OwnerId });
        builder.HasIndex(a => a.TownshipId);
    }
}

/// <summary>Section <c>Fazhi:Attachments</c>.</summary>
public sealed class AttachmentOptions
{
    public const long DefaultMaxBytes = 200L * 1024 * 1024;

    /// <summary>Where the bytes are kept (ADR 0029): the data folder (default) or the shared database.</summary>
    public AttachmentStoreKind Store { get; set; } = AttachmentStoreKind.Folder;

    /// <summary>Largest accepted file; audio and video of on-site enforcement (全程音像记录) need room.</summary>
    public long MaxBytes { get; set; } = DefaultMaxBytes;

    /// <summary>
    /// Most bytes a DOCX or XLSX may unpack to. A report with photos unpacks to about its own size, a text-heavy one to
    /// ten times it; a 522 KB file that unpacks to 512 MiB is a "zip bomb" aimed at whatever opens it next.
    /// </summary>
    public long MaxInflatedBytes { get; set; } = 256L * 1024 * 1024;

    /// <summary>Most parts a DOCX or XLSX may hold (a long report has a few hundred, mostly images).</summary>
    public int MaxPackageEntries { get; set; } = 2_000;
}
