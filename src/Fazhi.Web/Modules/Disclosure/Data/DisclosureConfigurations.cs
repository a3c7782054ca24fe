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
