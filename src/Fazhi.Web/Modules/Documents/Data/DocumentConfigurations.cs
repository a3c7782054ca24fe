using Fazhi.Modules.Documents.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Fazhi.Modules.Documents.Data;

internal sealed class NormativeDocumentConfiguration : IEntityTypeConfiguration<NormativeDocument>
{
    public void Configure(EntityTypeBuilder<NormativeDocument> builder)
    {
        builder.ToTable("documents_documents");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Title).HasMaxLength(300);
        builder.Property(d => d.PublishedTitle).HasMaxLength(300);
        builder.Property(d => d.DocumentNumber).HasMaxLength(100);
        builder.Property(d => d.IndexNumber).HasMaxLength(100);
        builder.Property(d => d.Publisher).HasMaxLength(100);
        builder.Property(d => d.DisclosureMode).HasMaxLength(50);
        builder.Property(d => d.CreatedBy).HasMaxLength(100);
        builder.Property(d => d.InChargeSigner).HasMaxLength(100);
        builder.Property(d => d.InChargeSignerUserName).HasMaxLength(100);
        builder.Property(d => d.PrincipalSigner).HasMaxLength(100);
        builder.Property(d => d.PrincipalSignerUserName).HasMaxLength(100);
        // 统一编号: one number per township, unique in its year.
        builder.HasIndex(d => new { d.TownshipId, d.NumberYear, d.NumberSequence }).IsUnique();
        builder.HasIndex(d => new { d.TownshipId, d.DocumentNumber }).IsUnique();
        builder.HasIndex(d => new { d.TownshipId, d.Status });
        builder.Ignore(d => d.Current);
        builder.Ignore(d => d.ReviewOfCurrentVersion);
        builder.Ignore(d => d.OpenReview);
        builder.Ignore(d => d.RequiresPublicComment);
        builder.Ignore(d => d.AffectsMarketActors);
        builder.HasMany(d => d.Versions).WithOne().HasForeignKey(v => v.DocumentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(d => d.Reviews).WithOne().HasForeignKey(v => v.DocumentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(d => d.Deliberations).WithOne().HasForeignKey(v => v.DocumentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(d => d.History).WithOne().HasForeignKey(v => v.DocumentId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class DocumentVersionConfiguration : IEntityTypeConfiguration<DocumentVersion>
{
    public void Configure(EntityTypeBuilder<DocumentVersion> builder)
    {
        builder.ToTable("documents_versions");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Title).HasMaxLength(300);
        builder.Property(v => v.SavedBy).HasMaxLength(100);
        builder.HasIndex(v => new { v.DocumentId, v.Number }).IsUnique();
    }
}

internal sealed class LegalityReviewConfiguration : IEntityTypeConfiguration<Model.LegalityReview>
{
    public void Configure(EntityTypeBuilder<Model.LegalityReview> builder)
    {
        builder.ToTable("documents_legality_reviews");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.ReviewerUserName).HasMaxLength(100);
        builder.Property(r => r.ReviewerName).HasMaxLength(200);
        builder.Property(r => r.AssignedBy).HasMaxLength(100);
        builder.Property(r => r.CompletedBy).HasMaxLength(100);
    }
}

internal sealed class DeliberationConfiguration : IEntityTypeConfiguration<Model.Deliberation>
{
    public void Configure(EntityTypeBuilder<Model.Deliberation> builder)
    {
        builder.ToTable("documents_deliberations");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.RecordedBy).HasMaxLength(100);
    }
}

internal sealed class DocumentHistoryConfiguration : IEntityTypeConfiguration<DocumentHistoryEntry>
{
    public void Configure(EntityTypeBuilder<DocumentHistoryEntry> builder)
    {
        builder.ToTable("documents_history");
        builder.HasKey(h => h.Id);
        builder.Property(h => h.Actor).HasMaxLength(100);
        builder.Property(h => h.Action).HasMaxLength(50);
    }
}

internal sealed class FilingConfiguration : IEntityTypeConfiguration<Model.Filing>
{
    public void Configure(EntityTypeBuilder<Model.Filing> builder)
    {
        builder.ToTable("documents_filings");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Title).HasMaxLength(300);
        builder.Property(f => f.DocumentNumber).HasMaxLength(100);
        builder.Property(f => f.SubmittedBy).HasMaxLength(100);
        builder.Property(f => f.ReviewedBy).HasMaxLength(100);
        builder.HasIndex(f => new { f.TownshipId, f.Outcome });
        builder.HasOne<NormativeDocument>().WithMany().HasForeignKey(f => f.DocumentId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CorrectionOrderConfiguration : IEntityTypeConfiguration<CorrectionOrder>
{
    public void Configure(EntityTypeBuilder<CorrectionOrder> builder)
    {
        builder.ToTable("documents_correction_orders");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.State).HasConversion<string>().HasMaxLength(20);
        builder.Ignore(c => c.IsOpen);
        builder.HasIndex(c => c.DocumentId);
        builder.HasOne<NormativeDocument>().WithMany().HasForeignKey(c => c.DocumentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Model.Filing>().WithMany().HasForeignKey(c => c.FilingId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class DocumentEvaluationConfiguration : IEntityTypeConfiguration<DocumentEvaluation>
{
    public void Configure(EntityTypeBuilder<DocumentEvaluation> builder)
    {
        builder.ToTable("documents_evaluations");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Evaluator).HasMaxLength(100);
        builder.Property(e => e.RecordedBy).HasMaxLength(100);
        builder.Property(e => e.Conclusion).HasMaxLength(2000);
        builder.HasOne<NormativeDocument>().WithMany().HasForeignKey(e => e.DocumentId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CleanupCampaignConfiguration : IEntityTypeConfiguration<CleanupCampaign>
{
    public void Configure(EntityTypeBuilder<CleanupCampaign> builder)
    {
        builder.ToTable("documents_cleanups");
        builder.HasKey(c => c.Id);
        // The cleanups page: a township's campaigns, newest first.
        builder.HasIndex(c => new { c.TownshipId, c.StartedOn });
        builder.Property(c => c.Title).HasMaxLength(300);
        builder.Property(c => c.StartedBy).HasMaxLength(100);
        builder.OwnsMany(c => c.Items, i =>
        {
            i.ToTable("documents_cleanup_items");
            i.WithOwner().HasForeignKey("CleanupId");
            // A key made here, not by the database: the audit trail names the line by it (PublishedContentVerifier).
            i.Property<Guid>("Id");
            i.HasKey("Id");
            i.Property(x => x.Title).HasMaxLength(300);
            i.Property(x => x.DocumentNumber).HasMaxLength(100);
        });
    }
}
