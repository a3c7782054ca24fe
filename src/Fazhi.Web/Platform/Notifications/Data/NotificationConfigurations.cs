using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Fazhi.Platform.Notifications.Data;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.ToTable("nt_notifications");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(n => n.Title).HasMaxLength(300);
        builder.Property(n => n.Body).HasMaxLength(1000);
        builder.Property(n => n.Url).HasMaxLength(500);
        builder.Property(n => n.SourceKey).HasMaxLength(100);
        builder.Property(n => n.SenderName).HasMaxLength(100);
        builder.Ignore(n => n.IsRead);
        // The bell counts a person's unread ones on every page; the centre lists them newest first.
        builder.HasIndex(n => new { n.RecipientUserId, n.ReadAt, n.CreatedAt });
        // Once per person and event (a deadline's state): a second pass or instance inserting the same key fails the
        // save instead of telling twice. NULL keys (events that are news every time) are distinct in both providers.
        builder.HasIndex(n => new { n.RecipientUserId, n.SourceKey }).IsUnique();
        builder.HasIndex(n => n.DeadlineId);
    }
}

internal sealed class NotificationPreferenceConfiguration : IEntityTypeConfiguration<NotificationPreference>
{
    public void Configure(EntityTypeBuilder<NotificationPreference> builder)
    {
        builder.ToTable("nt_preferences");
        builder.HasKey(p => p.UserId);
        builder.Property(p => p.Email).HasMaxLength(254);
        builder.HasIndex(p => p.DailyDigest);
    }
}

internal sealed class DigestDeliveryConfiguration : IEntityTypeConfiguration<DigestDelivery>
{
    public void Configure(EntityTypeBuilder<DigestDelivery> builder)
    {
        builder.ToTable("nt_digests");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Email).HasMaxLength(254);
        // One digest per person and Beijing day, whichever run or instance claims it first.
        builder.HasIndex(d => new { d.UserId, d.Day }).IsUnique();
    }
}
