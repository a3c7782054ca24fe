using Fazhi.Modules.Leadership.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Fazhi.Modules.Leadership.Data;

internal sealed class RuleOfLawMeetingConfiguration : IEntityTypeConfiguration<RuleOfLawMeeting>
{
    public void Configure(EntityTypeBuilder<RuleOfLawMeeting> builder)
    {
        builder.ToTable("ldr_meetings");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Topic).HasMaxLength(200);
        builder.Property(m => m.Chair).HasMaxLength(50);
        builder.Property(m => m.Attendees).HasMaxLength(1000);
        builder.Property(m => m.Decided).HasMaxLength(4000);
        builder.Property(m => m.RecordedBy).HasMaxLength(100);
        builder.HasIndex(m => new { m.TownshipId, m.HeldOn });
    }
}

internal sealed class DutyStatementConfiguration : IEntityTypeConfiguration<DutyStatement>
{
    public void Configure(EntityTypeBuilder<DutyStatement> builder)
    {
        builder.ToTable("ldr_duty_statements");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Speaker).HasMaxLength(50);
        builder.Property(d => d.Occasion).HasMaxLength(200);
        builder.Property(d => d.Text).HasMaxLength(20000);
        builder.Property(d => d.EvaluatedBy).HasMaxLength(100);
        builder.HasIndex(d => new { d.TownshipId, d.Year });
    }
}

internal sealed class CountyReportConfiguration : IEntityTypeConfiguration<CountyReport>
{
    public void Configure(EntityTypeBuilder<CountyReport> builder)
    {
        builder.ToTable("ldr_county_reports");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Title).HasMaxLength(200);
        builder.Property(r => r.Recipient).HasMaxLength(200);
        builder.Property(r => r.Reference).HasMaxLength(100);
        builder.HasIndex(r => new { r.TownshipId, r.ReportedOn });
    }
}

internal sealed class WorkPlanConfiguration : IEntityTypeConfiguration<WorkPlan>
{
    public void Configure(EntityTypeBuilder<WorkPlan> builder)
    {
        builder.ToTable("ldr_work_plans");
        builder.HasKey(p => p.Id);
        builder.HasIndex(p => new { p.TownshipId, p.Year }).IsUnique();
        builder.Property(p => p.Title).HasMaxLength(200);
        builder.Property(p => p.AdoptedAt).HasMaxLength(200);
        builder.Property(p => p.Summary).HasMaxLength(20000);
        builder.HasMany(p => p.Tasks).WithOne().HasForeignKey(t => t.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Tasks).AutoInclude();
    }
}

internal sealed class PlanTaskConfiguration : IEntityTypeConfiguration<PlanTask>
{
    public void Configure(EntityTypeBuilder<PlanTask> builder)
    {
        builder.ToTable("ldr_plan_tasks");
        builder.Property(t => t.Title).HasMaxLength(300);
        builder.Property(t => t.Owner).HasMaxLength(100);
        builder.Property(t => t.Result).HasMaxLength(1000);
    }
}
