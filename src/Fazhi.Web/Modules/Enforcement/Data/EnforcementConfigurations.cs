using Fazhi.Modules.Enforcement.Cases;
using Fazhi.Modules.Enforcement.Officers;
using Fazhi.Modules.Enforcement.Powers;
using Fazhi.Modules.Enforcement.Publicity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Fazhi.Modules.Enforcement.Data;

internal sealed class OfficerConfiguration : IEntityTypeConfiguration<Officer>
{
    public void Configure(EntityTypeBuilder<Officer> builder)
    {
        builder.ToTable("enf_officers");
        builder.Property(o => o.Name).HasMaxLength(50).IsRequired();
        builder.Property(o => o.AccountUserName).HasMaxLength(256);
        builder.Property(o => o.Position).HasMaxLength(100);
        builder.Property(o => o.CertificateNumber).HasMaxLength(50);
        builder.Property(o => o.CertificateIssuer).HasMaxLength(100);
        builder.HasIndex(o => new { o.TownshipId, o.CertificateNumber });
        builder.HasMany(o => o.Reviews).WithOne().HasForeignKey(r => r.OfficerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(o => o.Trainings).WithOne().HasForeignKey(t => t.OfficerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(o => o.PastCertificates).WithOne().HasForeignKey(c => c.OfficerId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(o => o.LeftReason).HasMaxLength(200);
        builder.Navigation(o => o.Reviews).AutoInclude();
        builder.Navigation(o => o.PastCertificates).AutoInclude();
    }
}

internal sealed class OfficerCertificateConfiguration : IEntityTypeConfiguration<OfficerCertificate>
{
    public void Configure(EntityTypeBuilder<OfficerCertificate> builder)
    {
        builder.ToTable("enf_past_certificates");
        builder.Property(c => c.Number).HasMaxLength(50);
        builder.Property(c => c.Issuer).HasMaxLength(100);
    }
}

internal sealed class AnnualCertificateReviewConfiguration : IEntityTypeConfiguration<AnnualCertificateReview>
{
    public void Configure(EntityTypeBuilder<AnnualCertificateReview> builder)
    {
        builder.ToTable("enf_certificate_reviews");
        builder.Property(r => r.Note).HasMaxLength(500);
    }
}

internal sealed class TrainingRecordConfiguration : IEntityTypeConfiguration<TrainingRecord>
{
    public void Configure(EntityTypeBuilder<TrainingRecord> builder)
    {
        builder.ToTable("enf_trainings");
        builder.Property(t => t.Title).HasMaxLength(200);
        builder.Property(t => t.Hours).HasPrecision(6, 1);
        builder.Property(t => t.ExamScore).HasPrecision(5, 1);
    }
}

internal sealed class PowerItemConfiguration : IEntityTypeConfiguration<PowerItem>
{
    public void Configure(EntityTypeBuilder<PowerItem> builder)
    {
        builder.ToTable("enf_power_items");
        builder.Property(p => p.Code).HasMaxLength(50).IsRequired();
        builder.HasIndex(p => new { p.TownshipId, p.Code }).IsUnique();
        builder.Property(p => p.Name).HasMaxLength(300).IsRequired();
        builder.Property(p => p.Category).HasMaxLength(20);
        builder.Property(p => p.LegalBasis).HasMaxLength(2000);
        builder.Property(p => p.PenaltyKinds).HasMaxLength(200);
        builder.Property(p => p.FineMin).HasPrecision(14, 2);
        builder.Property(p => p.FineMax).HasPrecision(14, 2);
        builder.Property(p => p.ActingBody).HasMaxLength(100);
        builder.Property(p => p.DelegatedFrom).HasMaxLength(100);
        builder.Ignore(p => p.Kinds);
    }
}

internal sealed class EnforcementCaseConfiguration : IEntityTypeConfiguration<EnforcementCase>
{
    public void Configure(EntityTypeBuilder<EnforcementCase> builder)
    {
        builder.ToTable("enf_cases");
        builder.Property(c => c.CaseNumber).HasMaxLength(50).IsRequired();
        builder.HasIndex(c => new { c.TownshipId, c.Year, c.Sequence }).IsUnique();
        builder.Property(c => c.Title).HasMaxLength(200).IsRequired();
        builder.Property(c => c.PowerItemName).HasMaxLength(300);
        builder.Property(c => c.PartyName).HasMaxLength(200).IsRequired();
        builder.Property(c => c.PartyIdNumber).HasMaxLength(18);
        builder.Property(c => c.PartyCreditCode).HasMaxLength(18);
        builder.Property(c => c.PartyPhone).HasMaxLength(30);
        builder.Property(c => c.PartyAddress).HasMaxLength(200);
        builder.Property(c => c.LegalRepresentative).HasMaxLength(50);
        builder.Property(c => c.SourceReference).HasMaxLength(100);
        builder.Property(c => c.Facts).HasMaxLength(4000);
        builder.Property(c => c.IntendedPenaltyKinds).HasMaxLength(200);
        builder.Property(c => c.PenaltyKinds).HasMaxLength(200);
        builder.Property(c => c.IntendedFine).HasPrecision(14, 2);
        builder.Property(c => c.FineAmount).HasPrecision(14, 2);
        builder.Property(c => c.PaidAmount).HasPrecision(14, 2);
        builder.Property(c => c.LateFeePaid).HasPrecision(14, 2);
        builder.Property(c => c.DecisionNumber).HasMaxLength(50);
        builder.Property(c => c.DecisionText).HasMaxLength(8000);
        builder.Property(c => c.StatementSummary).HasMaxLength(4000);
        builder.Property(c => c.HearingHost).HasMaxLength(50);
        builder.Property(c => c.HearingRecord).HasMaxLength(8000);
        builder.Property(c => c.LegalReviewerName).HasMaxLength(50);
        builder.Property(c => c.LegalReviewReasons).HasMaxLength(4000);
        builder.Property(c => c.DiscussionAttendees).HasMaxLength(500);
        builder.Property(c => c.DiscussionConclusion).HasMaxLength(4000);
        builder.Property(c => c.ServiceMethod).HasMaxLength(50);
        builder.Property(c => c.RevocationReason).HasMaxLength(1000);
        builder.OwnsOne(c => c.Checklist, checklist => checklist.ToTable("enf_case_checklists"));
        builder.HasMany(c => c.Officers).WithOne().HasForeignKey(o => o.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Evidence).WithOne().HasForeignKey(e => e.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Officers).AutoInclude();
        builder.Navigation(c => c.Evidence).AutoInclude();
        builder.HasMany(c => c.DecisionExtensions).WithOne().HasForeignKey(e => e.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.DecisionExtensions).AutoInclude();
        builder.Ignore(c => c.NeedsHearing);
        builder.Ignore(c => c.NeedsLegalReview);
        builder.Ignore(c => c.NeedsCollectiveDiscussion);
        builder.Ignore(c => c.LegalReviewPassed);
    }
}

internal sealed class CaseOfficerConfiguration : IEntityTypeConfiguration<CaseOfficer>
{
    public void Configure(EntityTypeBuilder<CaseOfficer> builder)
    {
        builder.ToTable("enf_case_officers");
        builder.Property(o => o.OfficerName).HasMaxLength(50);
        builder.Property(o => o.CertificateNumber).HasMaxLength(50);
    }
}

internal sealed class DecisionExtensionConfiguration : IEntityTypeConfiguration<DecisionExtension>
{
    public void Configure(EntityTypeBuilder<DecisionExtension> builder)
    {
        builder.ToTable("enf_decision_extensions");
        builder.Property(e => e.Reason).HasMaxLength(1000).IsRequired();
        builder.Property(e => e.ApproverName).HasMaxLength(50);
    }
}

internal sealed class EvidenceItemConfiguration : IEntityTypeConfiguration<EvidenceItem>
{
    public void Configure(EntityTypeBuilder<EvidenceItem> builder)
    {
        builder.ToTable("enf_evidence");
        builder.Property(e => e.Kind).HasMaxLength(30);
        builder.Property(e => e.Description).HasMaxLength(2000);
        builder.Property(e => e.CollectedBy).HasMaxLength(100);
        builder.Property(e => e.ProcessStep).HasMaxLength(20);
        builder.Property(e => e.AttachmentSha256).HasMaxLength(64);
    }
}

internal sealed class PenaltyDisclosureConfiguration : IEntityTypeConfiguration<PenaltyDisclosure>
{
    public void Configure(EntityTypeBuilder<PenaltyDisclosure> builder)
    {
        builder.ToTable("enf_disclosures");
        builder.HasIndex(d => d.CaseId).IsUnique();
        // The portal's 执法公示 column: a township's published decisions, newest first.
        builder.HasIndex(d => new { d.TownshipId, d.PublishedOn });
        builder.Property(d => d.DecisionNumber).HasMaxLength(50);
        builder.Property(d => d.PartyDisplay).HasMaxLength(200);
        builder.Property(d => d.PartyCreditCode).HasMaxLength(18);
        builder.Property(d => d.PowerItemName).HasMaxLength(300);
        builder.Property(d => d.Violation).HasMaxLength(200);
        builder.Property(d => d.PenaltyKinds).HasMaxLength(200);
        builder.Property(d => d.FineAmount).HasPrecision(14, 2);
        builder.Property(d => d.MaskedText).HasMaxLength(8000);
        builder.Property(d => d.ActingBody).HasMaxLength(100);
        builder.Property(d => d.WithdrawalReason).HasMaxLength(1000);
    }
}

internal sealed class EnforcementComplaintConfiguration : IEntityTypeConfiguration<EnforcementComplaint>
{
    public void Configure(EntityTypeBuilder<EnforcementComplaint> builder)
    {
        builder.ToTable("enf_complaints");
        builder.Property(c => c.ReceiptNumber).HasMaxLength(20);
        builder.HasIndex(c => new { c.TownshipId, c.ReceiptNumber }).IsUnique();
        // The complaints list of a township, newest first.
        builder.HasIndex(c => new { c.TownshipId, c.ReceivedOn });
        builder.Property(c => c.ComplainantName).HasMaxLength(50);
        builder.Property(c => c.ComplainantPhone).HasMaxLength(30);
        builder.Property(c => c.Content).HasMaxLength(4000);
        builder.Property(c => c.Reply).HasMaxLength(4000);
        builder.Property(c => c.RepliedBy).HasMaxLength(50);
    }
}
