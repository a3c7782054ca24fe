using Fazhi.Modules.Remedies.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Fazhi.Modules.Remedies.Data;

internal sealed class RemedyCaseConfiguration : IEntityTypeConfiguration<RemedyCase>
{
    public void Configure(EntityTypeBuilder<RemedyCase> builder)
    {
        builder.ToTable("rem_cases");
        builder.HasKey(c => c.Id);
        builder.HasIndex(c => new { c.TownshipId, c.CopyReceivedOn });
        builder.HasIndex(c => new { c.TownshipId, c.DecidedOn });
        builder.Property(c => c.CaseNumber).HasMaxLength(100);
        builder.Property(c => c.Claimant).HasMaxLength(200);
        builder.Property(c => c.ChallengedAct).HasMaxLength(500);
        builder.Property(c => c.Organ).HasMaxLength(100);
        builder.Property(c => c.AnswerSummary).HasMaxLength(4000);
        builder.Property(c => c.AppearedBy).HasMaxLength(100);
        builder.Property(c => c.AbsenceNote).HasMaxLength(1000);
        builder.Property(c => c.DecisionSummary).HasMaxLength(4000);
        builder.Property(c => c.OpinionNumber).HasMaxLength(100);
        builder.Property(c => c.OpinionSummary).HasMaxLength(4000);
        builder.Property(c => c.CorrectionReport).HasMaxLength(4000);
        builder.Ignore(c => c.Corrected);
    }
}
