using Fazhi.Modules.County.Assessment.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Fazhi.Modules.County.Assessment.Data;

internal sealed class AssessmentSheetConfiguration : IEntityTypeConfiguration<AssessmentSheet>
{
    public void Configure(EntityTypeBuilder<AssessmentSheet> builder)
    {
        builder.ToTable("cty_assessment_sheets");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Title).HasMaxLength(60);
        builder.Property(s => s.DefinedBy).HasMaxLength(100);
        builder.Ignore(s => s.MaxTotal);
        // One sheet per county and year: the county redefines it rather than keeping rival sheets.
        builder.HasIndex(s => new { s.CountyId, s.Year }).IsUnique();
        builder.HasMany(s => s.Lines).WithOne().HasForeignKey(l => l.SheetId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(s => s.Lines).HasField("_lines");
    }
}

internal sealed class AssessmentLineConfiguration : IEntityTypeConfiguration<AssessmentLine>
{
    public void Configure(EntityTypeBuilder<AssessmentLine> builder)
    {
        builder.ToTable("cty_assessment_lines");
        builder.HasKey(l => l.Id);
        builder.Property(l => l.IndicatorKey).HasMaxLength(120);
        builder.Property(l => l.Item).HasMaxLength(60);
        builder.Property(l => l.MaxPoints).HasPrecision(6, 2);
        builder.Property(l => l.Target).HasPrecision(18, 4);
        builder.Property(l => l.Deduction).HasPrecision(6, 2);
        builder.HasIndex(l => new { l.SheetId, l.Order });
    }
}
