using Fazhi.Modules.Education.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Fazhi.Modules.Education.Data;

internal sealed class StaffMemberConfiguration : IEntityTypeConfiguration<StaffMember>
{
    public void Configure(EntityTypeBuilder<StaffMember> builder)
    {
        builder.ToTable("edu_staff");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Name).HasMaxLength(50);
        builder.Property(s => s.Post).HasMaxLength(100);
        builder.Property(s => s.Unit).HasMaxLength(100);
        builder.Property(s => s.LeftReason).HasMaxLength(200);
        builder.HasIndex(s => new { s.TownshipId, s.Name });
    }
}

internal sealed class StudySessionConfiguration : IEntityTypeConfiguration<StudySession>
{
    public void Configure(EntityTypeBuilder<StudySession> builder)
    {
        builder.ToTable("edu_study_sessions");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Topic).HasMaxLength(200);
        builder.Property(s => s.Speaker).HasMaxLength(100);
        builder.Property(s => s.Materials).HasMaxLength(1000);
        builder.Property(s => s.Hours).HasPrecision(4, 1);
        builder.Property(s => s.RecordedBy).HasMaxLength(100);
        builder.HasIndex(s => new { s.TownshipId, s.HeldOn });
        builder.HasMany(s => s.Attendance).WithOne().HasForeignKey(a => a.SessionId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(s => s.Attendance).AutoInclude();
        builder.Ignore(s => s.Expected);
        builder.Ignore(s => s.Present);
    }
}

internal sealed class SessionAttendanceConfiguration : IEntityTypeConfiguration<SessionAttendance>
{
    public void Configure(EntityTypeBuilder<SessionAttendance> builder)
    {
        builder.ToTable("edu_study_attendance");
        builder.Property(a => a.StaffName).HasMaxLength(50);
        builder.Property(a => a.AbsenceReason).HasMaxLength(200);
        builder.HasIndex(a => a.StaffMemberId);
    }
}

internal sealed class StudyPlanConfiguration : IEntityTypeConfiguration<StudyPlan>
{
    public void Configure(EntityTypeBuilder<StudyPlan> builder)
    {
        builder.ToTable("edu_study_plans");
        builder.HasKey(p => p.Id);
        builder.HasIndex(p => new { p.TownshipId, p.Year }).IsUnique();
        builder.Property(p => p.Title).HasMaxLength(200);
        builder.HasMany(p => p.Items).WithOne().HasForeignKey(i => i.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Items).AutoInclude();
    }
}

internal sealed class StudyPlanItemConfiguration : IEntityTypeConfiguration<StudyPlanItem>
{
    public void Configure(EntityTypeBuilder<StudyPlanItem> builder)
    {
        builder.ToTable("edu_study_plan_items");
        builder.Property(i => i.Topic).HasMaxLength(200);
    }
}

internal sealed class LegalExamConfiguration : IEntityTypeConfiguration<LegalExam>
{
    public void Configure(EntityTypeBuilder<LegalExam> builder)
    {
        builder.ToTable("edu_exams");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Title).HasMaxLength(200);
        builder.Property(e => e.PassMark).HasPrecision(5, 1);
        builder.Property(e => e.FullMarks).HasPrecision(5, 1);
        builder.HasMany(e => e.Results).WithOne().HasForeignKey(r => r.ExamId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(e => e.Results).AutoInclude();
        builder.Ignore(e => e.Sat);
        builder.Ignore(e => e.Passed);
        builder.HasIndex(e => new { e.TownshipId, e.HeldOn });
    }
}

internal sealed class ExamResultConfiguration : IEntityTypeConfiguration<ExamResult>
{
    public void Configure(EntityTypeBuilder<ExamResult> builder)
    {
        builder.ToTable("edu_exam_results");
        builder.Property(r => r.StaffName).HasMaxLength(50);
        builder.Property(r => r.Unit).HasMaxLength(100);
        builder.Property(r => r.Score).HasPrecision(5, 1);
        builder.Property(r => r.AbsenceReason).HasMaxLength(200);
        builder.HasIndex(r => new { r.ExamId, r.StaffMemberId }).IsUnique();
    }
}

internal sealed class TrainingConfiguration : IEntityTypeConfiguration<Training>
{
    public void Configure(EntityTypeBuilder<Training> builder)
    {
        builder.ToTable("edu_trainings");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Topic).HasMaxLength(200);
        builder.Property(t => t.Trainer).HasMaxLength(100);
        builder.Property(t => t.Hours).HasPrecision(4, 1);
        builder.Property(t => t.RecordedBy).HasMaxLength(100);
        builder.HasIndex(t => new { t.TownshipId, t.HeldOn });
    }
}

internal sealed class PublicityActivityConfiguration : IEntityTypeConfiguration<PublicityActivity>
{
    public void Configure(EntityTypeBuilder<PublicityActivity> builder)
    {
        builder.ToTable("edu_activities");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.ThemeCode).HasMaxLength(50);
        builder.Property(a => a.Title).HasMaxLength(200);
        builder.Property(a => a.Place).HasMaxLength(200);
        builder.Property(a => a.Organizer).HasMaxLength(100);
        builder.Property(a => a.RecordedBy).HasMaxLength(100);
        builder.PrimitiveCollection(a => a.GroupsCovered);
        builder.HasIndex(a => new { a.TownshipId, a.HeldOn });
    }
}

internal sealed class SchoolConfiguration : IEntityTypeConfiguration<School>
{
    public void Configure(EntityTypeBuilder<School> builder)
    {
        builder.ToTable("edu_schools");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Name).HasMaxLength(100);
        builder.Property(s => s.ViceprincipalName).HasMaxLength(50);
        builder.Property(s => s.ViceprincipalOrgan).HasMaxLength(100);
        builder.HasIndex(s => new { s.TownshipId, s.Name }).IsUnique();
    }
}

internal sealed class LegalLiterateResidentConfiguration : IEntityTypeConfiguration<LegalLiterateResident>
{
    public void Configure(EntityTypeBuilder<LegalLiterateResident> builder)
    {
        builder.ToTable("edu_legal_literates");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Name).HasMaxLength(50);
        builder.Property(r => r.Role).HasMaxLength(100);
        builder.HasIndex(r => new { r.TownshipId, r.VillageId });
    }
}

internal sealed class DemonstrationVillageConfiguration : IEntityTypeConfiguration<DemonstrationVillage>
{
    public void Configure(EntityTypeBuilder<DemonstrationVillage> builder)
    {
        builder.ToTable("edu_demonstration_villages");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Reference).HasMaxLength(200);
        builder.HasIndex(d => new { d.TownshipId, d.VillageId, d.Level }).IsUnique();
    }
}

internal sealed class VillageGroupConfiguration : IEntityTypeConfiguration<VillageGroup>
{
    public void Configure(EntityTypeBuilder<VillageGroup> builder)
    {
        builder.ToTable("edu_village_groups");
        builder.HasKey(g => g.Id);
        builder.Property(g => g.Name).HasMaxLength(50);
        builder.HasIndex(g => new { g.TownshipId, g.VillageId, g.Name }).IsUnique();
        builder.HasIndex(g => new { g.TownshipId, g.ValidTo });
    }
}

internal sealed class PublicityPlanConfiguration : IEntityTypeConfiguration<PublicityPlan>
{
    public void Configure(EntityTypeBuilder<PublicityPlan> builder)
    {
        builder.ToTable("edu_publicity_plans");
        builder.HasKey(p => p.Id);
        builder.HasIndex(p => new { p.TownshipId, p.Year }).IsUnique();
        builder.Property(p => p.Title).HasMaxLength(200);
        builder.HasMany(p => p.Items).WithOne().HasForeignKey(i => i.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Items).AutoInclude();
    }
}

internal sealed class ResponsibilityItemConfiguration : IEntityTypeConfiguration<ResponsibilityItem>
{
    public void Configure(EntityTypeBuilder<ResponsibilityItem> builder)
    {
        builder.ToTable("edu_responsibility_items");
        builder.Property(i => i.Office).HasMaxLength(100);
        builder.Property(i => i.Duty).HasMaxLength(300);
        builder.Property(i => i.Laws).HasMaxLength(300);
        builder.Property(i => i.Timing).HasMaxLength(100);
        builder.Property(i => i.DoneNote).HasMaxLength(500);
    }
}
