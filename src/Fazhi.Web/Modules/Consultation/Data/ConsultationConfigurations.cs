using Fazhi.Modules.Consultation.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Fazhi.Modules.Consultation.Data;

internal sealed class PublicConsultationConfiguration : IEntityTypeConfiguration<PublicConsultation>
{
    public void Configure(EntityTypeBuilder<PublicConsultation> builder)
    {
        builder.ToTable("consultation_consultations");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.SubjectModule).HasMaxLength(40);
        builder.Property(c => c.SubjectType).HasMaxLength(80);
        builder.Property(c => c.WorkspaceUrl).HasMaxLength(300);
        builder.Property(c => c.Title).HasMaxLength(300);
        builder.Property(c => c.PeriodRuleCode).HasMaxLength(80);
        builder.Property(c => c.PeriodDescription).HasMaxLength(200);
        builder.HasIndex(c => new { c.TownshipId, c.ClosesOn });
        builder.HasIndex(c => c.SubjectId);
        builder.OwnsMany(c => c.Summary, s =>
        {
            s.ToTable("consultation_summary_lines");
            s.WithOwner().HasForeignKey("ConsultationId");
            // A key made here, not by the database: the audit trail names the line by it (PublishedContentVerifier).
            s.Property<Guid>("Id");
            s.HasKey("Id");
            s.Property(l => l.Reason).HasMaxLength(2000);
            s.Property(l => l.Submitter).HasMaxLength(100);
        });
    }
}

internal sealed class ConsultationCommentConfiguration : IEntityTypeConfiguration<ConsultationComment>
{
    public void Configure(EntityTypeBuilder<ConsultationComment> builder)
    {
        builder.ToTable("consultation_comments");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.ReceiptNumber).HasMaxLength(20);
        builder.HasIndex(c => new { c.TownshipId, c.ReceiptNumber }).IsUnique();
        builder.Property(c => c.Content).HasMaxLength(4000);
        builder.Property(c => c.CommenterName).HasMaxLength(100);
        builder.Property(c => c.Contact).HasMaxLength(200);
        builder.Property(c => c.DecisionReason).HasMaxLength(2000);
        builder.HasIndex(c => c.ConsultationId);
        builder.HasOne<PublicConsultation>().WithMany().HasForeignKey(c => c.ConsultationId).OnDelete(DeleteBehavior.Restrict);
    }
}
