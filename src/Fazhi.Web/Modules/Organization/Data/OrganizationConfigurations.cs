using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Fazhi.Modules.Organization.Data;

internal sealed class CountyConfiguration : IEntityTypeConfiguration<Organization.County>
{
    public void Configure(EntityTypeBuilder<Organization.County> builder)
    {
        builder.ToTable("org_counties");
        builder.Property(c => c.DivisionCode).HasMaxLength(12).IsRequired();
        builder.HasIndex(c => c.DivisionCode).IsUnique();
        builder.Property(c => c.Name).HasMaxLength(50).IsRequired();
        builder.Property(c => c.OfficeName).HasMaxLength(100);
        builder.HasMany(c => c.Townships).WithOne(t => t.County).HasForeignKey(t => t.CountyId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class TownshipConfiguration : IEntityTypeConfiguration<Township>
{
    public void Configure(EntityTypeBuilder<Township> builder)
    {
        builder.ToTable("org_townships");
        builder.Property(t => t.DivisionCode).HasMaxLength(12).IsRequired();
        builder.HasIndex(t => t.DivisionCode).IsUnique();
        builder.Property(t => t.Name).HasMaxLength(50).IsRequired();
        builder.Property(t => t.GovernmentName).HasMaxLength(100);
        builder.Property(t => t.ShortName).HasMaxLength(20);
        builder.Property(t => t.Introduction).HasMaxLength(2000);
        builder.Property(t => t.PrincipalLeaderName).HasMaxLength(50);
        builder.HasMany(t => t.Villages).WithOne().HasForeignKey(v => v.TownshipId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(t => t.Offices).WithOne().HasForeignKey(o => o.TownshipId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class VillageConfiguration : IEntityTypeConfiguration<Village>
{
    public void Configure(EntityTypeBuilder<Village> builder)
    {
        builder.ToTable("org_villages");
        builder.Property(v => v.DivisionCode).HasMaxLength(12);
        builder.Property(v => v.Name).HasMaxLength(50).IsRequired();
    }
}

internal sealed class OfficeConfiguration : IEntityTypeConfiguration<Office>
{
    public void Configure(EntityTypeBuilder<Office> builder)
    {
        builder.ToTable("org_offices");
        builder.Property(o => o.Name).HasMaxLength(50).IsRequired();
        builder.Property(o => o.Duties).HasMaxLength(1000);
    }
}
