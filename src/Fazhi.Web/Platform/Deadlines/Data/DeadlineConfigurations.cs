using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Fazhi.Platform.Deadlines.Data;

internal sealed class DeadlineConfiguration : IEntityTypeConfiguration<Deadline>
{
    public void Configure(EntityTypeBuilder<Deadline> builder)
    {
        builder.ToTable("dl_deadlines");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.RuleCode).HasMaxLength(100);
        builder.Property(d => d.Title).HasMaxLength(100);
        builder.Property(d => d.LegalBasis).HasMaxLength(200);
        builder.Property(d => d.StartEvent).HasMaxLength(100);
        builder.Property(d => d.SubjectModule).HasMaxLength(50);
        builder.Property(d => d.SubjectType).HasMaxLength(100);
        builder.Property(d => d.SubjectTitle).HasMaxLength(300);
        builder.Property(d => d.SubjectUrl).HasMaxLength(500);
        builder.Property(d => d.CancelReason).HasMaxLength(500);
        builder.Property(d => d.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.Owner).HasConversion<string>().HasMaxLength(20);
        builder.Ignore(d => d.IsOpen);
        builder.Ignore(d => d.IsGovernmentDuty);
        // The board and the workspace home read a township's deadlines by state (the open ones) ordered by due date;
        // the county board reads several townships the same way; modules read them by subject.
        builder.HasIndex(d => new { d.TownshipId, d.State, d.DueDate });
        builder.HasIndex(d => d.DueDate);
        builder.HasIndex(d => d.SubjectId);
        builder.HasMany(d => d.Extensions).WithOne().HasForeignKey(e => e.DeadlineId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class DeadlineExtensionConfiguration : IEntityTypeConfiguration<DeadlineExtension>
{
    public void Configure(EntityTypeBuilder<DeadlineExtension> builder)
    {
        builder.ToTable("dl_extensions");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Reason).HasMaxLength(500);
        builder.Property(e => e.ApproverName).HasMaxLength(100);
    }
}

internal sealed class DeadlineExtensionRequestConfiguration : IEntityTypeConfiguration<Requests.DeadlineExtensionRequest>
{
    public void Configure(EntityTypeBuilder<Requests.DeadlineExtensionRequest> builder)
    {
        builder.ToTable("dl_extension_requests");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Reason).HasMaxLength(500);
        builder.Property(r => r.RefusalReason).HasMaxLength(500);
        builder.Property(r => r.RequestedBy).HasMaxLength(256);
        builder.Property(r => r.RequesterName).HasMaxLength(100);
        builder.Property(r => r.DecidedBy).HasMaxLength(100);
        builder.HasOne<Deadline>().WithMany().HasForeignKey(r => r.DeadlineId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.TownshipId, r.State });
        builder.HasIndex(r => r.DeadlineId);
    }
}
