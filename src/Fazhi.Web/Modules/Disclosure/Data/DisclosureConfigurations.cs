using Fazhi.Modules.Disclosure.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Fazhi.Modules.Disclosure.Data;

internal sealed class DisclosureRequestConfiguration : IEntityTypeConfiguration<DisclosureRequest>
{
    public void Configure(EntityTypeBuilder<DisclosureRequest> builder)
    {
        builder.ToTable("dis_requests");
        builder.HasKey(r => r.Id);
        builder.HasIndex(r => new { r.TownshipId, r.Year, r.Sequence }).IsUnique();
        builder.HasIndex(r => new { r.TownshipId, r.Number }).IsUnique();
        // The requests list of a township by the day they were submitted.
        builder.HasIndex(r => new { r.TownshipId, r.SubmittedOn });
        builder.Property(r => r.Number).HasMaxLength(20);
        builder.Property(r => r.ApplicantName).HasMaxLength(100);
        builder.Property(r => r.IdentityNumber).HasMaxLength(30);
        builder.Property(r => r.Phone).HasMaxLength(30);
        builder.Property(r => r.Address).HasMaxLength(200);
        builder.Property(r => r.Email).HasMaxLength(100);
        builder.Property(r => r.Description).HasMaxLength(4000);
        builder.Property(r => r.CorrectionItems).HasMaxLength(2000);
        builder.Property(r => r.ThirdParty).HasMaxLength(200);
        builder.Property(r => r.ThirdPartyOpinion).HasMaxLength(2000);
        builder.Property(r => r.ExtensionReason).HasMaxLength(1000);
        builder.Property(r => r.ExtensionApprovedBy).HasMaxLength(100);
        builder.Property(r => r.OtherOrgan).HasMaxLength(200);
        builder.Property(r => r.ReplyText).HasMaxLength(8000);
        builder.Property(r => r.RepliedBy).HasMaxLength(100);
        builder.Property(r => r.ClosingNote).HasMaxLength(1000);
        builder.Ignore(r => r.RepliedInTime);
    }
}

internal sealed class DisclosureItemConfiguration : IEntityTypeConfiguration<DisclosureItem>
{
    public void Configure(EntityTypeBuilder<DisclosureItem> builder)
    {
        builder.ToTable("dis_catalogue_entries");
        builder.HasKey(e => e.Id);
        builder.HasIndex(e => new { e.SourceModule, e.SourceId });
        builder.Property(e => e.SourceModule).HasMaxLength(40);
        builder.HasIndex(e => new { e.TownshipId, e.Year, e.Sequence }).IsUnique();
        // The portal's 政府信息公开目录 of a township, newest publication first.
        builder.HasIndex(e => new { e.TownshipId, e.PublishedOn });
        builder.Property(e => e.IndexNumber).HasMaxLength(40);
        builder.Property(e => e.Title).HasMaxLength(200);
        builder.Property(e => e.Summary).HasMaxLength(2000);
        builder.Property(e => e.Link).HasMaxLength(500);
    }
}

internal sealed class DisclosureGuideConfiguration : IEntityTypeConfiguration<DisclosureGuide>
{
    public void Configure(EntityTypeBuilder<DisclosureGuide> builder)
    {
        builder.ToTable("dis_guides");
        builder.HasKey(g => g.Id);
        builder.HasIndex(g => g.TownshipId).IsUnique();
        builder.Property(g => g.OfficeName).HasMaxLength(100);
        builder.Property(g => g.Address).HasMaxLength(200);
        builder.Property(g => g.Hours).HasMaxLength(200);
        builder.Property(g => g.Phone).HasMaxLength(50);
        builder.Property(g => g.Fax).HasMaxLength(50);
        builder.Property(g => g.OnlineContact).HasMaxLength(200);
    }
}

internal sealed class DisclosureReportConfiguration : IEntityTypeConfiguration<DisclosureReport>
{
    public void Configure(EntityTypeBuilder<DisclosureReport> builder)
    {
        builder.ToTable("dis_annual_reports");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.HasIndex(r => new { r.TownshipId, r.Year }).IsUnique();
        builder.Property(r => r.Title).HasMaxLength(200);
        builder.Property(r => r.Overview).HasMaxLength(2000);
        builder.Property(r => r.ApprovedBy).HasMaxLength(100);
    }
}
