using Fazhi.Modules.Education.Exams;
using Fazhi.Modules.Education.Model;
using Fazhi.Modules.Education.Publicity;
using Fazhi.Modules.Education.Staff;
using Fazhi.Modules.Education.Study;
using Fazhi.Modules.Education.Trainings;
using Fazhi.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Education;

/// <summary>The module's read routes (ledgers as JSON and as the clerks' Excel sheets).</summary>
internal static class EducationReads
{
    internal static void MapEducationReads(this RouteGroupBuilder group)
    {
        group.MapGet("/staff", async (DateOnly? on, StaffLedger ledger, FazhiDbContext db, CancellationToken ct) =>
            TypedResults.Ok((await ledger.PageAsync(db.Tenant.TownshipId!.Value, on, null, 1, 1000, ct)).Rows.Select(StaffResponse.From))).WithSummary("干部职工名册（on=在岗日期）");
        group.MapGet("/staff.xlsx", async (DateOnly? on, StaffLedger ledger, FazhiDbContext db, CancellationToken ct) =>
            TypedResults.File(await ledger.ExportAsync(db.Tenant.TownshipId!.Value, on, ct), Excel.Sheet.ContentType, "干部职工名册.xlsx")).WithSummary("导出干部职工名册（与导入格式相同）");
        group.MapGet("/study-sessions", async (int year, StudyLedger ledger, FazhiDbContext db, CancellationToken ct) =>
            TypedResults.Ok((await ledger.PageAsync(db.Tenant.TownshipId!.Value, year, null, 1, 1000, ct)).Rows.Select(StudySessionResponse.From))).WithSummary("学法记录");
        group.MapGet("/study-sessions.xlsx", async (int year, StudyLedger ledger, FazhiDbContext db, CancellationToken ct) =>
            TypedResults.File(await ledger.ExportAsync(db.Tenant.TownshipId!.Value, year, ct), Excel.Sheet.ContentType, $"学法记录台账-{year}.xlsx")).WithSummary("导出学法记录台账");
        group.MapGet("/exams/{id:guid}", async (Guid id, FazhiDbContext db, CancellationToken ct) =>
            await db.Set<LegalExam>().AsNoTracking().SingleOrDefaultAsync(e => e.Id == id, ct) is { } e ? Results.Ok(ExamResponse.From(e)) : Results.NotFound()).WithSummary("学法考试及成绩");
        group.MapGet("/trainings.xlsx", async (int year, TrainingLedger ledger, FazhiDbContext db, CancellationToken ct) =>
            TypedResults.File(await ledger.ExportAsync(db.Tenant.TownshipId!.Value, year, ct), Excel.Sheet.ContentType, $"法治培训台账-{year}.xlsx")).WithSummary("导出法治培训台账");
        group.MapGet("/activities/{id:guid}", async (Guid id, FazhiDbContext db, CancellationToken ct) =>
            await db.Set<PublicityActivity>().AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, ct) is { } a ? Results.Ok(ActivityResponse.From(a)) : Results.NotFound()).WithSummary("普法活动");
        group.MapGet("/activities.xlsx", async (int year, ActivityLedger ledger, FazhiDbContext db, CancellationToken ct) =>
            TypedResults.File(await ledger.ExportAsync(db.Tenant.TownshipId!.Value, year, ct), Excel.Sheet.ContentType, $"普法活动台账-{year}.xlsx")).WithSummary("导出普法活动台账（与导入格式相同）");
        group.MapGet("/themes", () => TypedResults.Ok(ThemeCalendar.All)).WithSummary("国家主题日、主题月日历");
    }
}
