using Fazhi.Modules.Decisions.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Fazhi.Modules.Decisions.Data;

internal sealed class MajorDecisionConfiguration : IEntityTypeConfiguration<MajorDecision>
{
    public void Configure(EntityTypeBuilder<MajorDecision> builder)
    {
        builder.ToTable("dec_decisions");
        builder.HasKey(d => d.Id);
        builder.HasIndex(d => new { d.TownshipId, d.Year, d.Sequence }).IsUnique();
        builder.Property(d => d.Title).HasMaxLength(200);
        builder.Property(d => d.Owner).HasMaxLength(100);
        builder.Property(d => d.Proposer).HasMaxLength(100);
        builder.Property(d => d.Background).HasMaxLength(4000);
        builder.Property(d => d.DraftText).HasMaxLength(20000);
        builder.Property(d => d.DraftExplanation).HasMaxLength(4000);
        builder.Property(d => d.CommentShortenedReason).HasMaxLength(500);
        builder.Property(d => d.RiskAssessor).HasMaxLength(100);
        builder.Property(d => d.RiskMitigation).HasMaxLength(4000);
        builder.Property(d => d.ContingencyPlan).HasMaxLength(4000);
        builder.Property(d => d.LegalityReviewer).HasMaxLength(100);
        builder.Property(d => d.LegalityReviewOpinionText).HasMaxLength(4000);
        builder.Property(d => d.PartyCommittee).HasMaxLength(100);
        builder.Property(d => d.PartyReportMatter).HasMaxLength(2000);
        builder.Property(d => d.PartyReply).HasMaxLength(4000);
        builder.Property(d => d.DocumentNumber).HasMaxLength(100);
        builder.Property(d => d.PublishedText).HasMaxLength(20000);
        builder.Property(d => d.Interpretation).HasMaxLength(4000);
        builder.Property(d => d.ArchiveClosedBy).HasMaxLength(100);
        builder.Property(d => d.ArchiveSeal).HasMaxLength(64);
        builder.HasMany(d => d.Options).WithOne().HasForeignKey(o => o.DecisionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(d => d.Hearings).WithOne().HasForeignKey(o => o.DecisionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(d => d.ExpertOpinions).WithOne().HasForeignKey(o => o.DecisionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(d => d.RiskPoints).WithOne().HasForeignKey(o => o.DecisionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(d => d.Milestones).WithOne().HasForeignKey(o => o.DecisionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(d => d.Evaluations).WithOne().HasForeignKey(o => o.DecisionId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(d => d.Options).AutoInclude();
        builder.Navigation(d => d.Hearings).AutoInclude();
        builder.Navigation(d => d.ExpertOpinions).AutoInclude();
        builder.Navigation(d => d.RiskPoints).AutoInclude();
        builder.Navigation(d => d.Milestones).AutoInclude();
        builder.Navigation(d => d.Evaluations).AutoInclude();
        builder.Ignore(d => d.ArchiveClosed);
        builder.Ignore(d => d.HasPublicParticipation);
        builder.Ignore(d => d.HasRiskAssessment);
        builder.Ignore(d => d.LegalityReviewPassed);
        builder.Ignore(d => d.IsDecided);
        builder.Ignore(d => d.Number);
    }
}

internal sealed class DecisionOptionConfiguration : IEntityTypeConfiguration<DecisionOption>
{
    public void Configure(EntityTypeBuilder<DecisionOption> builder)
    {
        builder.ToTable("dec_options");
        builder.Property(o => o.Name).HasMaxLength(200);
        builder.Property(o => o.Description).HasMaxLength(4000);
    }
}

internal sealed class DecisionHearingConfiguration : IEntityTypeConfiguration<DecisionHearing>
{
    public void Configure(EntityTypeBuilder<DecisionHearing> builder)
    {
        builder.ToTable("dec_hearings");
        builder.Property(h => h.Subject).HasMaxLength(200);
        builder.Property(h => h.Place).HasMaxLength(200);
        builder.Property(h => h.ParticipantSelection).HasMaxLength(1000);
        builder.Property(h => h.Participants).HasMaxLength(2000);
        builder.Property(h => h.Record).HasMaxLength(20000);
    }
}

internal sealed class ExpertOpinionConfiguration : IEntityTypeConfiguration<ExpertOpinion>
{
    public void Configure(EntityTypeBuilder<ExpertOpinion> builder)
    {
        builder.ToTable("dec_expert_opinions");
        builder.Property(e => e.Expert).HasMaxLength(50);
        builder.Property(e => e.Affiliation).HasMaxLength(200);
        builder.Property(e => e.Form).HasMaxLength(30);
        builder.Property(e => e.Opinion).HasMaxLength(8000);
        builder.Property(e => e.AdoptionNote).HasMaxLength(2000);
    }
}

internal sealed class RiskPointConfiguration : IEntityTypeConfiguration<RiskPoint>
{
    public void Configure(EntityTypeBuilder<RiskPoint> builder)
    {
        builder.ToTable("dec_risk_points");
        builder.HasIndex(r => r.Score);
        builder.Property(r => r.Category).HasMaxLength(30);
        builder.Property(r => r.Description).HasMaxLength(2000);
        builder.Property(r => r.Mitigation).HasMaxLength(2000);
    }
}

internal sealed class ImplementationMilestoneConfiguration : IEntityTypeConfiguration<ImplementationMilestone>
{
    public void Configure(EntityTypeBuilder<ImplementationMilestone> builder)
    {
        builder.ToTable("dec_milestones");
        builder.Property(m => m.Title).HasMaxLength(200);
        builder.Property(m => m.Executor).HasMaxLength(100);
        builder.Property(m => m.Note).HasMaxLength(2000);
    }
}

internal sealed class PostDecisionEvaluationConfiguration : IEntityTypeConfiguration<PostDecisionEvaluation>
{
    public void Configure(EntityTypeBuilder<PostDecisionEvaluation> builder)
    {
        builder.ToTable("dec_evaluations");
        builder.Property(e => e.Trigger).HasMaxLength(500);
        builder.Property(e => e.Evaluator).HasMaxLength(100);
        builder.Property(e => e.Report).HasMaxLength(8000);
    }
}

internal sealed class CollectiveMeetingConfiguration : IEntityTypeConfiguration<CollectiveMeeting>
{
    public void Configure(EntityTypeBuilder<CollectiveMeeting> builder)
    {
        builder.ToTable("dec_meetings");
        builder.HasKey(m => m.Id);
        builder.HasIndex(m => m.SubjectId);
        builder.Property(m => m.MeetingName).HasMaxLength(100);
        builder.Property(m => m.Chair).HasMaxLength(50);
        builder.Property(m => m.Attendees).HasMaxLength(1000);
        builder.Property(m => m.Absentees).HasMaxLength(500);
        builder.Property(m => m.Minutes).HasMaxLength(20000);
        builder.Property(m => m.OverruleReasons).HasMaxLength(2000);
        builder.HasMany(m => m.Views).WithOne().HasForeignKey(v => v.MeetingId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(m => m.Views).AutoInclude();
        builder.Ignore(m => m.DissentCount);
        builder.Ignore(m => m.HeadAgainstMajority);
    }
}

internal sealed class MemberViewConfiguration : IEntityTypeConfiguration<MemberView>
{
    public void Configure(EntityTypeBuilder<MemberView> builder)
    {
        builder.ToTable("dec_member_views");
        builder.Property(v => v.Member).HasMaxLength(50);
        builder.Property(v => v.Post).HasMaxLength(50);
        builder.Property(v => v.View).HasMaxLength(4000);
    }
}

internal sealed class CollectiveMatterConfiguration : IEntityTypeConfiguration<CollectiveMatter>
{
    public void Configure(EntityTypeBuilder<CollectiveMatter> builder)
    {
        builder.ToTable("dec_collective_matters");
        builder.HasKey(m => m.Id);
        builder.HasIndex(m => new { m.TownshipId, m.Year });
        builder.Property(m => m.Topic).HasMaxLength(200);
        builder.Property(m => m.Proposer).HasMaxLength(100);
        builder.Property(m => m.Background).HasMaxLength(4000);
        builder.Property(m => m.Amount).HasPrecision(14, 2);
        builder.Ignore(m => m.IsDecided);
    }
}

internal sealed class DecisionCatalogConfiguration : IEntityTypeConfiguration<DecisionCatalog>
{
    public void Configure(EntityTypeBuilder<DecisionCatalog> builder)
    {
        builder.ToTable("dec_catalogs");
        builder.HasKey(c => c.Id);
        builder.HasIndex(c => new { c.TownshipId, c.Year }).IsUnique();
        builder.Property(c => c.ApprovalReference).HasMaxLength(200);
        builder.HasMany(c => c.Items).WithOne().HasForeignKey(i => i.CatalogId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Items).AutoInclude();
    }
}

internal sealed class CatalogItemConfiguration : IEntityTypeConfiguration<CatalogItem>
{
    public void Configure(EntityTypeBuilder<CatalogItem> builder)
    {
        builder.ToTable("dec_catalog_items");
        builder.Property(i => i.Title).HasMaxLength(200);
        builder.Property(i => i.Owner).HasMaxLength(100);
        builder.Property(i => i.PlannedSteps).HasMaxLength(500);
        builder.Property(i => i.AdditionReason).HasMaxLength(1000);
    }
}
