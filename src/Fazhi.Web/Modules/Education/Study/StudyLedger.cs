using System.Globalization;
using Fazhi.Modules.Education.Excel;
using Fazhi.Modules.Education.Model;
using Fazhi.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Education.Study;

internal sealed record AttendanceResponse(Guid StaffMemberId, string Name, bool Present, string? AbsenceReason);

internal sealed record StudySessionResponse(Guid Id, StudyKind Kind, DateOnly HeldOn, string Topic, string Speaker, string Materials, decimal Hours,
    int Expected, int Present, IReadOnlyList<AttendanceResponse> Attendance)
{
    public static StudySessionResponse From(StudySession s) => new(s.Id, s.Kind, s.HeldOn, s.Topic, s.Speaker, s.Materials, s.Hours, s.Expected, s.Present,
        [.. s.Attendance.Select(a => new AttendanceResponse(a.StaffMemberId, a.StaffName, a.Present, a.AbsenceReason))]);
}

/// <summary>
/// 学法记录台账 as clerks keep it: one row per session with who attended and who was absent and why, in the same
/// columns for export and import.
/// </summary>
internal sealed class StudyLedger(FazhiDbContext db)
{
    public static readonly string[] Columns = ["学习日期", "学法形式", "学习主题", "主讲人", "学习内容", "学时", "应到人数", "实到人数", "参加人员", "缺席人员及原因"];

    public static string KindName(StudyKind kind) => EducationLabels.Kind(kind);

    public static StudyKind? KindFrom(string text) =>
        Enum.GetValues<StudyKind>().Cast<StudyKind?>().FirstOrDefault(k => EducationLabels.Kind(k!.Value) == text || (text.Length >= 2 && EducationLabels.Kind(k!.Value).Contains(text, StringComparison.Ordinal)));

    public IQueryable<StudySession> Query(Guid townshipId, int year, StudyKind? kind)
    {
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        var query = db.Set<StudySession>().AsNoTracking().Where(s => s.TownshipId == townshipId && s.HeldOn >= first && s.HeldOn <= last);
        return kind is null ? query : query.Where(s => s.Kind == kind);
    }

    public async Task<(List<StudySession> Rows, int Total)> PageAsync(Guid townshipId, int year, StudyKind? kind, int page, int size, CancellationToken ct)
    {
        var query = Query(townshipId, year, kind);
        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(s => s.HeldOn).ThenBy(s => s.Topic).Skip((page - 1) * size).Take(size).ToListAsync(ct);
        return (rows, total);
    }

    public async Task<byte[]> ExportAsync(Guid townshipId, int year, CancellationToken ct)
    {
        var rows = await Query(townshipId, year, null).OrderBy(s => s.HeldOn).ThenBy(s => s.Topic).ToListAsync(ct);
        return Sheet.Write(rows.Select(s => (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?>
        {
            ["学习日期"] = Sheet.Day(s.HeldOn),
            ["学法形式"] = KindName(s.Kind),
            ["学习主题"] = s.Topic,
            ["主讲人"] = s.Speaker,
            ["学习内容"] = s.Materials,
            ["学时"] = s.Hours.ToString("0.#", CultureInfo.InvariantCulture),
            ["应到人数"] = s.Expected,
            ["实到人数"] = s.Present,
            ["参加人员"] = string.Join("、", s.Attendance.Where(a => a.Present).OrderBy(a => a.StaffName, StringComparer.Ordinal).Select(a => a.StaffName)),
            ["缺席人员及原因"] = string.Join("；", s.Attendance.Where(a => !a.Present).OrderBy(a => a.StaffName, StringComparer.Ordinal).Select(a => $"{a.StaffName}（{a.AbsenceReason}）")),
        }), Columns, "学法记录台账");
    }
}
