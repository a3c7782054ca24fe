using System.Globalization;
using Fazhi.Modules.Education.Excel;
using Fazhi.Modules.Education.Model;
using Fazhi.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Education.Exams;

internal sealed record ExamResultResponse(Guid StaffMemberId, string Name, string Unit, ExamAttendance Attendance, decimal? Score, bool Passed, string? AbsenceReason);

internal sealed record ExamResponse(Guid Id, string Title, DateOnly HeldOn, decimal PassMark, int Expected, int Sat, int Passed, decimal? ParticipationRate, decimal? PassRate,
    IReadOnlyList<ExamResultResponse> Results)
{
    public static ExamResponse From(LegalExam e) => new(e.Id, e.Title, e.HeldOn, e.PassMark, e.Expected, e.Sat, e.Passed,
        Reports.Contracts.Indicator.RateValue(e.Sat, e.Expected), Reports.Contracts.Indicator.RateValue(e.Passed, e.Sat),
        [.. e.Results.OrderBy(r => r.Unit, StringComparer.Ordinal).ThenBy(r => r.StaffName, StringComparer.Ordinal)
            .Select(r => new ExamResultResponse(r.StaffMemberId, r.StaffName, r.Unit, r.Attendance, r.Score, r.Attendance == ExamAttendance.Sat && r.Score >= e.PassMark, r.AbsenceReason))]);
}

/// <summary>Exams of a year, and one exam's results in the shape the provincial platform exports (and we import).</summary>
internal sealed class ExamLedger(FazhiDbContext db)
{
    public static readonly string[] Columns = ["序号", "姓名", "单位", "考试成绩", "考试状态", "缺考原因"];

    public Task<List<LegalExam>> OfYearAsync(Guid townshipId, int year, CancellationToken ct)
    {
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        return db.Set<LegalExam>().AsNoTracking().Where(e => e.TownshipId == townshipId && e.HeldOn >= first && e.HeldOn <= last).OrderByDescending(e => e.HeldOn).ToListAsync(ct);
    }

    public static byte[] Export(LegalExam exam)
    {
        ArgumentNullException.ThrowIfNull(exam);
        var n = 0;
        return Sheet.Write(ExamResponse.From(exam).Results.Select(r => (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?>
        {
            ["序号"] = ++n,
            ["姓名"] = r.Name,
            ["单位"] = r.Unit,
            ["考试成绩"] = r.Score?.ToString("0.#", CultureInfo.InvariantCulture) ?? "",
            ["考试状态"] = EducationLabels.Attendance(r.Attendance),
            ["缺考原因"] = r.AbsenceReason ?? "",
        }), Columns, "成绩");
    }
}
