using Fazhi.Modules.Advisors.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Fazhi.Modules.Advisors.Data;

internal sealed class AdvisorContractConfiguration : IEntityTypeConfiguration<AdvisorContract>
{
    public void Configure(EntityTypeBuilder<AdvisorContract> builder)
    {
        builder.ToTable("adv_contracts");
        builder.HasKey(c => c.Id);
        builder.HasIndex(c => new { c.TownshipId, c.StartsOn });
        builder.Property(c => c.AdvisorName).HasMaxLength(50);
        builder.Property(c => c.LawFirm).HasMaxLength(100);
        builder.Property(c => c.Scope).HasMaxLength(1000);
        builder.Property(c => c.Fee).HasPrecision(12, 2);
        builder.HasMany(c => c.Villages).WithOne().HasForeignKey(v => v.ContractId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Villages).AutoInclude();
    }
}

internal sealed class AdvisorVillageConfiguration : IEntityTypeConfiguration<AdvisorVillage>
{
    public void Configure(EntityTypeBuilder<AdvisorVillage> builder)
    {
        builder.ToTable("adv_contract_villages");
        builder.HasKey(v => v.Id);
        builder.HasIndex(v => new { v.ContractId, v.VillageId }).IsUnique();
    }
}

internal sealed class AdvisorServiceConfiguration : IEntityTypeConfiguration<AdvisorService>
{
    public void Configure(EntityTypeBuilder<AdvisorService> builder)
    {
        builder.ToTable("adv_services");
        builder.HasKey(s => s.Id);
        builder.HasIndex(s => new { s.TownshipId, s.On });
        builder.HasIndex(s => s.ContractId);
        builder.Property(s => s.Subject).HasMaxLength(500);
        builder.Property(s => s.RelatedRecord).HasMaxLength(500);
    }
}

internal sealed class ContractReviewConfiguration : IEntityTypeConfiguration<ContractReview>
{
    public void Configure(EntityTypeBuilder<ContractReview> builder)
    {
        builder.ToTable("adv_contract_reviews");
        builder.HasKey(r => r.Id);
        builder.HasIndex(r => new { r.TownshipId, r.SubmittedOn });
        builder.Property(r => r.Title).HasMaxLength(200);
        builder.Property(r => r.Counterparty).HasMaxLength(200);
        builder.Property(r => r.Amount).HasPrecision(14, 2);
        builder.Property(r => r.SubmittedBy).HasMaxLength(100);
        builder.Property(r => r.Reviewer).HasMaxLength(100);
        builder.Property(r => r.OpinionText).HasMaxLength(4000);
    }
}

internal sealed class AdvisorAssessmentConfiguration : IEntityTypeConfiguration<AdvisorAssessment>
{
    public void Configure(EntityTypeBuilder<AdvisorAssessment> builder)
    {
        builder.ToTable("adv_assessments");
        builder.HasKey(a => a.Id);
        builder.HasIndex(a => new { a.ContractId, a.Year, a.Half }).IsUnique();
        builder.HasIndex(a => a.TownshipId);
        builder.Property(a => a.Remarks).HasMaxLength(2000);
        builder.Property(a => a.Assessor).HasMaxLength(100);
    }
}
