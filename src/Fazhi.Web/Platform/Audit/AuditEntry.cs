using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Fazhi.Platform.Audit;

/// <summary>What happened to a record.</summary>
public enum AuditAction
{
    Added = 1,
    Modified = 2,
    Deleted = 3,
}

/// <summary>
/// One link of a township's tamper-evident audit chain: who changed which record, when, and which fields from what to
/// what. Written in the same transaction as the change (ADR 0008); never updated or deleted through the context.
/// </summary>
public sealed class AuditEntry
{
    public Guid Id { get; init; } = Guid.NewGuid();

    /// <summary>The township id ("D" format) or <see cref="AuditChains.Platform"/> for records without a township.</summary>
    public string ChainKey { get; init; } = "";

    /// <summary>1, 2, 3 … within the chain.</summary>
    public long Sequence { get; init; }

    public string PreviousHash { get; init; } = "";

    /// <summary>SHA-256 (lower-case hex) of <see cref="AuditCanonicalForm.Serialize"/>.</summary>
    public string Hash { get; set; } = "";

    public DateTimeOffset OccurredAt { get; init; }

    public Guid? UserId { get; init; }

    public string UserName { get; init; } = "";

    public AuditAction Action { get; init; }

    public string RecordType { get; init; } = "";

    public string RecordId { get; init; } = "";

    public Guid? TownshipId { get; init; }

    /// <summary>JSON array of <see cref="AuditFieldChange"/>.</summary>
    public string Changes { get; init; } = "[]";

    /// <summary>Set only by the audit writer, so an entry added by anything else is refused on save.</summary>
    internal bool WrittenByTrail { get; set; }

    public static string ActionLabel(AuditAction action) => action switch
    {
        AuditAction.Added => "新增",
        AuditAction.Modified => "修改",
        AuditAction.Deleted => "删除",
        _ => action.ToString(),
    };
}

/// <summary>
/// The head of one chain: last sequence and hash. Its <see cref="Version"/> is a concurrency token, so two writers that
/// read the same head cannot both append — the second gets a concurrency conflict (409) instead of forking the chain.
/// </summary>
public sealed class AuditChainHead
{
    public string ChainKey { get; init; } = "";

    public long Sequence { get; set; }

    public string LastHash { get; set; } = "";

    public long Version { get; set; }
}

/// <summary>One changed field. Secrets are recorded as changed with <see cref="Redacted"/> set and no values.</summary>
public sealed record AuditFieldChange(string Field, string? Old, string? New, bool Redacted);

public static class AuditChains
{
    /// <summary>The chain of records that belong to no township (counties, users without a township, roles).</summary>
    public const string Platform = "platform";

    /// <summary>The previous hash of the first entry of every chain.</summary>
    public static readonly string Genesis = new('0', 64);

    public static string KeyFor(Guid? townshipId) =>
        townshipId is { } id && id != Guid.Empty ? id.ToString("D") : Platform;
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("aud_entries");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.ChainKey).HasMaxLength(36).IsRequired();
        builder.HasIndex(e => new { e.ChainKey, e.Sequence }).IsUnique();
        builder.Property(e => e.PreviousHash).HasMaxLength(64).IsRequired();
        builder.Property(e => e.Hash).HasMaxLength(64).IsRequired();
        builder.Property(e => e.UserName).HasMaxLength(100);
        builder.Property(e => e.Action).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.RecordType).HasMaxLength(100).IsRequired();
        builder.Property(e => e.RecordId).HasMaxLength(200).IsRequired();
        builder.HasIndex(e => new { e.RecordType, e.RecordId });
        builder.HasIndex(e => e.OccurredAt);
        // The audit log filtered to one township (and the county's view of its townships), newest first.
        builder.HasIndex(e => new { e.TownshipId, e.OccurredAt });
        builder.Ignore(e => e.WrittenByTrail);
    }
}

internal sealed class AuditChainHeadConfiguration : IEntityTypeConfiguration<AuditChainHead>
{
    public void Configure(EntityTypeBuilder<AuditChainHead> builder)
    {
        builder.ToTable("aud_chain_heads");
        builder.HasKey(h => h.ChainKey);
        builder.Property(h => h.ChainKey).HasMaxLength(36);
        builder.Property(h => h.LastHash).HasMaxLength(64).IsRequired();
        builder.Property(h => h.Version).IsConcurrencyToken();
    }
}
