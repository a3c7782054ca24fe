using Fazhi.Modules.Ledgers.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Fazhi.Modules.Ledgers.Data;

internal sealed class LedgerDefinitionConfiguration : IEntityTypeConfiguration<LedgerDefinition>
{
    public void Configure(EntityTypeBuilder<LedgerDefinition> builder)
    {
        builder.ToTable("lgr_definitions");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Key).HasMaxLength(40);
        builder.Property(d => d.Name).HasMaxLength(60);
        builder.Property(d => d.CreatedBy).HasMaxLength(100);
        builder.HasIndex(d => new { d.TownshipId, d.Key }).IsUnique();
        builder.HasIndex(d => d.CountyLedgerId);
        builder.HasOne<CountyLedger>().WithMany().HasForeignKey(d => d.CountyLedgerId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(d => d.Current);
        builder.HasMany(d => d.Versions).WithOne().HasForeignKey(v => v.DefinitionId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(d => d.Versions).HasField("_versions");
    }
}

internal sealed class CountyLedgerConfiguration : IEntityTypeConfiguration<CountyLedger>
{
    public void Configure(EntityTypeBuilder<CountyLedger> builder)
    {
        builder.ToTable("lgr_county_ledgers");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Key).HasMaxLength(40);
        builder.Property(d => d.Name).HasMaxLength(60);
        builder.Property(d => d.Heading).HasMaxLength(60);
        builder.Property(d => d.Lead).HasMaxLength(20);
        builder.Property(d => d.SchemaJson).HasMaxLength(20000);
        builder.Property(d => d.CreatedBy).HasMaxLength(100);
        builder.Property(d => d.RevisedBy).HasMaxLength(100);
        builder.Ignore(d => d.Schema);
        builder.Ignore(d => d.Content);
        builder.HasIndex(d => new { d.CountyId, d.Key }).IsUnique();
    }
}

internal sealed class LedgerVersionConfiguration : IEntityTypeConfiguration<LedgerVersion>
{
    public void Configure(EntityTypeBuilder<LedgerVersion> builder)
    {
        builder.ToTable("lgr_versions");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Heading).HasMaxLength(60);
        builder.Property(v => v.Lead).HasMaxLength(20);
        builder.Property(v => v.SchemaJson).HasMaxLength(20000);
        builder.Property(v => v.CreatedBy).HasMaxLength(100);
        builder.Ignore(v => v.Schema);
        builder.HasIndex(v => new { v.DefinitionId, v.Number }).IsUnique();
    }
}

internal sealed class LedgerEntryConfiguration : IEntityTypeConfiguration<LedgerEntry>
{
    public void Configure(EntityTypeBuilder<LedgerEntry> builder)
    {
        builder.ToTable("lgr_entries");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Village).HasMaxLength(500);
        builder.Property(e => e.EnteredBy).HasMaxLength(100);
        builder.HasIndex(e => new { e.TownshipId, e.DefinitionId, e.OccurredOn });
        builder.HasOne<LedgerDefinition>().WithMany().HasForeignKey(e => e.DefinitionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(e => e.Values).WithOne().HasForeignKey(v => v.EntryId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(e => e.Values).HasField("_values");
    }
}

internal sealed class LedgerValueConfiguration : IEntityTypeConfiguration<LedgerValue>
{
    public void Configure(EntityTypeBuilder<LedgerValue> builder)
    {
        builder.ToTable("lgr_values");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.FieldKey).HasMaxLength(40);
        builder.Property(v => v.Text).HasMaxLength(500);
        builder.Property(v => v.Number).HasPrecision(18, 4);
        builder.HasIndex(v => new { v.TownshipId, v.DefinitionId, v.OccurredOn, v.FieldKey });
    }
}

internal sealed class RequiredIndicatorConfiguration : IEntityTypeConfiguration<Catalogue.RequiredIndicator>
{
    public void Configure(EntityTypeBuilder<Catalogue.RequiredIndicator> builder)
    {
        builder.ToTable("lgr_required_indicators");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.IndicatorKey).HasMaxLength(120);
        builder.Property(r => r.Label).HasMaxLength(120);
        builder.Property(r => r.MarkedBy).HasMaxLength(100);
        builder.HasIndex(r => new { r.CountyId, r.Year, r.IndicatorKey }).IsUnique();
    }
}
