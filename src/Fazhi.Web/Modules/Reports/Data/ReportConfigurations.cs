using Fazhi.Modules.Reports.Drafting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Fazhi.Modules.Reports.Data;

internal sealed class AnnualReportConfiguration : IEntityTypeConfiguration<AnnualReport>
{
    public void Configure(EntityTypeBuilder<AnnualReport> builder)
    {
        builder.ToTable("rpt_annual_reports");
        builder.HasKey(r => r.Id);
        // One report per township and year (督察工作规定: the annual report).
        builder.HasIndex(r => new { r.TownshipId, r.Year }).IsUnique();
        builder.Property(r => r.ApprovedBy).HasMaxLength(100);
        builder.Property(r => r.SubmittedBy).HasMaxLength(100);
        builder.Property(r => r.IndexNumber).HasMaxLength(40);
        builder.HasMany(r => r.Versions).WithOne().HasForeignKey(v => v.ReportId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Files).WithOne().HasForeignKey(f => f.ReportId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Versions).AutoInclude();
        builder.Ignore(r => r.Latest);
        builder.Ignore(r => r.Approved);
        builder.Ignore(r => r.LatestVersionNumber);
    }
}

internal sealed class AnnualReportVersionConfiguration : IEntityTypeConfiguration<AnnualReportVersion>
{
    public void Configure(EntityTypeBuilder<AnnualReportVersion> builder)
    {
        builder.ToTable("rpt_report_versions");
        builder.HasKey(v => v.Id);
        builder.HasIndex(v => new { v.ReportId, v.Number }).IsUnique();
        builder.Property(v => v.Title).HasMaxLength(200);
        builder.Property(v => v.Issuer).HasMaxLength(100);
        builder.Property(v => v.Note).HasMaxLength(500);
        builder.Property(v => v.Author).HasMaxLength(100);
    }
}

internal sealed class AnnualReportFileConfiguration : IEntityTypeConfiguration<AnnualReportFile>
{
    public void Configure(EntityTypeBuilder<AnnualReportFile> builder)
    {
        builder.ToTable("rpt_report_files");
        builder.HasKey(f => f.Id);
        builder.HasIndex(f => new { f.ReportId, f.Kind });
        builder.Property(f => f.Sha256).HasMaxLength(64);
    }
}
