using Fazhi.Modules.Disputes.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Fazhi.Modules.Disputes.Data;

internal sealed class MatterConfiguration : IEntityTypeConfiguration<Matter>
{
    public void Configure(EntityTypeBuilder<Matter> builder)
    {
        builder.ToTable("dsp_matters");
        builder.HasKey(m => m.Id);
        builder.HasIndex(m => new { m.TownshipId, m.Year, m.Sequence }).IsUnique();
        builder.HasIndex(m => new { m.TownshipId, m.ReceiptNumber }).IsUnique();
        builder.HasIndex(m => new { m.TownshipId, m.RequesterKey });
        builder.HasIndex(m => new { m.TownshipId, m.ReceivedOn });
        builder.Property(m => m.ReceiptNumber).HasMaxLength(20);
        builder.Property(m => m.Subject).HasMaxLength(200);
        builder.Property(m => m.Content).HasMaxLength(4000);
        builder.Property(m => m.RegisteredBy).HasMaxLength(100);
        builder.Property(m => m.RequesterName).HasMaxLength(100);
        builder.Property(m => m.RequesterPhone).HasMaxLength(30);
        builder.Property(m => m.RequesterIdNumber).HasMaxLength(18);
        builder.Property(m => m.RequesterAddress).HasMaxLength(200);
        builder.Property(m => m.RequesterKey).HasMaxLength(120);
        builder.Property(m => m.SubjectKey).HasMaxLength(200);
        builder.Property(m => m.VillageName).HasMaxLength(100);
        builder.Property(m => m.ExternalReference).HasMaxLength(50);
        builder.Property(m => m.OfficeName).HasMaxLength(100);
        builder.Property(m => m.AssigneeUserName).HasMaxLength(100);
        builder.Property(m => m.AssigneeName).HasMaxLength(100);
        builder.Property(m => m.LinkReason).HasMaxLength(500);
        builder.Property(m => m.ReplyText).HasMaxLength(4000);
        builder.Property(m => m.RepliedBy).HasMaxLength(100);
        builder.Property(m => m.FollowUpNote).HasMaxLength(1000);
        builder.HasMany(m => m.Replies).WithOne().HasForeignKey(r => r.MatterId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(m => m.Replies).AutoInclude();
        builder.Ignore(m => m.IsOpen);
    }
}

internal sealed class MatterReplyConfiguration : IEntityTypeConfiguration<MatterReply>
{
    public void Configure(EntityTypeBuilder<MatterReply> builder)
    {
        builder.ToTable("dsp_matter_replies");
        builder.Property(r => r.Text).HasMaxLength(4000);
        builder.Property(r => r.By).HasMaxLength(100);
    }
}

internal sealed class MediationCommitteeConfiguration : IEntityTypeConfiguration<MediationCommittee>
{
    public void Configure(EntityTypeBuilder<MediationCommittee> builder)
    {
        builder.ToTable("dsp_committees");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Name).HasMaxLength(100);
        builder.Property(c => c.VillageName).HasMaxLength(100);
        builder.HasMany(c => c.Mediators).WithOne().HasForeignKey(m => m.CommitteeId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Mediators).AutoInclude();
    }
}

internal sealed class MediatorConfiguration : IEntityTypeConfiguration<Mediator>
{
    public void Configure(EntityTypeBuilder<Mediator> builder)
    {
        builder.ToTable("dsp_mediators");
        builder.Property(m => m.Name).HasMaxLength(100);
        builder.Property(m => m.Phone).HasMaxLength(30);
        builder.Property(m => m.LeaveReason).HasMaxLength(200);
        builder.Ignore(m => m.IsMember);
    }
}

internal sealed class MediationCaseConfiguration : IEntityTypeConfiguration<MediationCase>
{
    public void Configure(EntityTypeBuilder<MediationCase> builder)
    {
        builder.ToTable("dsp_mediation_cases");
        builder.HasKey(c => c.Id);
        builder.HasIndex(c => new { c.TownshipId, c.Year, c.Sequence }).IsUnique();
        builder.HasIndex(c => c.MatterId);
        builder.Property(c => c.CommitteeName).HasMaxLength(100);
        builder.Property(c => c.Number).HasMaxLength(50);
        builder.Property(c => c.ReferredBy).HasMaxLength(100);
        builder.Property(c => c.Summary).HasMaxLength(200);
        builder.Property(c => c.Facts).HasMaxLength(4000);
        builder.Property(c => c.AmountInvolved).HasPrecision(14, 2);
        builder.Property(c => c.AgreementTerms).HasMaxLength(4000);
        builder.Property(c => c.PerformanceManner).HasMaxLength(500);
        builder.Property(c => c.MediatorSigner).HasMaxLength(100);
        builder.Property(c => c.ConfirmationCourt).HasMaxLength(100);
        builder.Property(c => c.PerformanceNote).HasMaxLength(1000);
        builder.Property(c => c.EndReason).HasMaxLength(1000);
        builder.Property(c => c.RoutesAdvised).HasMaxLength(500);
        builder.HasMany(c => c.Parties).WithOne().HasForeignKey(p => p.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Mediators).WithOne().HasForeignKey(p => p.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Sessions).WithOne().HasForeignKey(p => p.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Parties).AutoInclude();
        builder.Navigation(c => c.Mediators).AutoInclude();
        builder.Navigation(c => c.Sessions).AutoInclude();
        builder.Ignore(c => c.IsEffective);
        builder.Ignore(c => c.IsOpen);
        builder.Ignore(c => c.Title);
    }
}

internal sealed class MediationPartyConfiguration : IEntityTypeConfiguration<MediationParty>
{
    public void Configure(EntityTypeBuilder<MediationParty> builder)
    {
        builder.ToTable("dsp_mediation_parties");
        builder.Property(p => p.Name).HasMaxLength(100);
        builder.Property(p => p.Phone).HasMaxLength(30);
        builder.Property(p => p.IdNumber).HasMaxLength(18);
        builder.Property(p => p.Address).HasMaxLength(200);
    }
}

internal sealed class CaseMediatorConfiguration : IEntityTypeConfiguration<CaseMediator>
{
    public void Configure(EntityTypeBuilder<CaseMediator> builder)
    {
        builder.ToTable("dsp_case_mediators");
        builder.Property(p => p.Name).HasMaxLength(100);
    }
}

internal sealed class MediationSessionConfiguration : IEntityTypeConfiguration<MediationSession>
{
    public void Configure(EntityTypeBuilder<MediationSession> builder)
    {
        builder.ToTable("dsp_mediation_sessions");
        builder.Property(p => p.Place).HasMaxLength(200);
        builder.Property(p => p.Participants).HasMaxLength(500);
        builder.Property(p => p.Record).HasMaxLength(4000);
    }
}

internal sealed class ScreeningRoundConfiguration : IEntityTypeConfiguration<ScreeningRound>
{
    public void Configure(EntityTypeBuilder<ScreeningRound> builder)
    {
        builder.ToTable("dsp_screening_rounds");
        builder.HasKey(r => r.Id);
        builder.HasIndex(r => new { r.TownshipId, r.ConductedOn });
        builder.Property(r => r.Area).HasMaxLength(100);
        builder.Property(r => r.Team).HasMaxLength(200);
        builder.Property(r => r.Note).HasMaxLength(1000);
        builder.HasMany(r => r.Findings).WithOne().HasForeignKey(f => f.RoundId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Findings).AutoInclude();
    }
}

internal sealed class ScreeningFindingConfiguration : IEntityTypeConfiguration<ScreeningFinding>
{
    public void Configure(EntityTypeBuilder<ScreeningFinding> builder)
    {
        builder.ToTable("dsp_screening_findings");
        builder.HasIndex(f => new { f.TownshipId, f.FoundOn });
        builder.Property(f => f.Area).HasMaxLength(100);
        builder.Property(f => f.Summary).HasMaxLength(500);
        builder.Property(f => f.Parties).HasMaxLength(200);
        builder.Property(f => f.Resolution).HasMaxLength(1000);
        builder.Property(f => f.EscalatedTo).HasMaxLength(100);
        builder.Property(f => f.LeaderUserName).HasMaxLength(100);
        builder.Property(f => f.LeaderName).HasMaxLength(100);
        builder.Ignore(f => f.Title);
    }
}

internal sealed class PetitionConfiguration : IEntityTypeConfiguration<Petition>
{
    public void Configure(EntityTypeBuilder<Petition> builder)
    {
        builder.ToTable("dsp_petitions");
        builder.HasKey(p => p.Id);
        builder.HasIndex(p => new { p.TownshipId, p.Year, p.Sequence }).IsUnique();
        builder.HasIndex(p => p.MatterId);
        builder.Property(p => p.Number).HasMaxLength(50);
        builder.Property(p => p.Subject).HasMaxLength(200);
        builder.Property(p => p.FromOrgan).HasMaxLength(100);
        builder.Property(p => p.FromReference).HasMaxLength(50);
        builder.Property(p => p.AcceptanceNote).HasMaxLength(2000);
        builder.Property(p => p.NotAcceptedReason).HasMaxLength(1000);
        builder.Property(p => p.AcceptedElsewhereBy).HasMaxLength(100);
        builder.Property(p => p.ObjectionReason).HasMaxLength(1000);
        builder.Property(p => p.TransferredTo).HasMaxLength(100);
        builder.Property(p => p.ExtensionReason).HasMaxLength(1000);
        builder.Property(p => p.ExtensionApprovedBy).HasMaxLength(100);
        builder.Property(p => p.OpinionRequest).HasMaxLength(2000);
        builder.Property(p => p.OpinionFacts).HasMaxLength(4000);
        builder.Property(p => p.OpinionText).HasMaxLength(4000);
        builder.Property(p => p.OpinionBasis).HasMaxLength(1000);
        builder.Property(p => p.ReviewOrgan).HasMaxLength(100);
        builder.Property(p => p.ReReviewOrgan).HasMaxLength(100);
        builder.Ignore(p => p.Title);
        builder.Ignore(p => p.IsTransferredIn);
        builder.Ignore(p => p.AnsweredHere);
        builder.Ignore(p => p.AnsweredOnTime);
        builder.Ignore(p => p.BarsAnotherAcceptance);
    }
}

internal sealed class HotlineTicketConfiguration : IEntityTypeConfiguration<HotlineTicket>
{
    public void Configure(EntityTypeBuilder<HotlineTicket> builder)
    {
        builder.ToTable("dsp_hotline_tickets");
        builder.HasKey(t => t.Id);
        builder.HasIndex(t => new { t.TownshipId, t.TicketNumber }).IsUnique();
        builder.HasIndex(t => t.MatterId);
        builder.Property(t => t.TicketNumber).HasMaxLength(50);
        builder.Property(t => t.Subject).HasMaxLength(200);
        builder.Property(t => t.OfficeName).HasMaxLength(100);
        builder.Property(t => t.AssigneeUserName).HasMaxLength(100);
        builder.Property(t => t.AssigneeName).HasMaxLength(100);
        builder.Property(t => t.ExtensionReason).HasMaxLength(1000);
        builder.Property(t => t.CentreApproval).HasMaxLength(200);
        builder.Property(t => t.ExtensionApprovedBy).HasMaxLength(100);
        builder.Property(t => t.ReplyText).HasMaxLength(4000);
        builder.Property(t => t.RepliedBy).HasMaxLength(100);
        builder.Property(t => t.FollowUpNote).HasMaxLength(1000);
        builder.Property(t => t.ReturnReason).HasMaxLength(1000);
        builder.Ignore(t => t.Title);
        builder.Ignore(t => t.RepliedOnTime);
    }
}

internal sealed class HotlineApiKeyConfiguration : IEntityTypeConfiguration<HotlineApiKey>
{
    public void Configure(EntityTypeBuilder<HotlineApiKey> builder)
    {
        builder.ToTable("dsp_hotline_keys");
        builder.HasKey(k => k.Id);
        builder.HasIndex(k => k.CountyId);
        builder.Property(k => k.Prefix).HasMaxLength(20);
        builder.Property(k => k.KeyHash).HasMaxLength(64);
        builder.Property(k => k.IssuedBy).HasMaxLength(100);
        builder.Ignore(k => k.IsActive);
    }
}
