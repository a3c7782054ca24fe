using System.Text.RegularExpressions;
using Fazhi.Modules.Education.Excel;
using Fazhi.Modules.Education.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.ErrorHandling;
using Fazhi.Platform.Procedures;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Education.Study.ImportSessions;

/// <summary>
/// 导入学法记录台账: each row is a session; 参加人员 (names separated by 、) and 缺席人员及原因 (姓名（原因）, separated by
/// ；) are matched against the register as it stood on the day. A row naming someone not on the register, or an absence
/// without reason, is refused with the rule's words; a session already recorded (same day, form and topic) is skipped.
/// </summary>
internal sealed partial class ImportStudySessionsHandler(FazhiDbContext db, TimeProvider clock)
{
    public async Task<ImportReport> HandleAsync(Actor actor, Stream xlsx, CancellationToken ct)
    {
        WhoMayRule.Of<StudyRecordedByClerkOrLeader>().Check(actor);
        var townshipId = actor.TownshipId!.Value;
        var rows = Sheet.ReadOrReport(xlsx, ["学习日期", "学法形式", "学习主题", "主讲人", "学时", "参加人员"], out var failure);
        if (rows is null)
        {
            return failure!;
        }

        var register = await db.Set<StaffMember>().Where(s => s.TownshipId == townshipId).ToListAsync(ct);
        var existing = (await db.Set<StudySession>().AsNoTracking().Where(s => s.TownshipId == townshipId)
            .Select(s => new { s.HeldOn, s.Kind, s.Topic }).ToListAsync(ct)).Select(s => (s.HeldOn, s.Kind, s.Topic)).ToHashSet();
        var today = Platform.Time.ChinaTime.Today(clock);
        var errors = new List<RowError>();
        var saved = 0;
        foreach (var row in rows)
        {
            var topic = row.Text("学习主题");
            var heldOn = row.Date("学习日期");
            var kind = StudyLedger.KindFrom(row.Text("学法形式"));
            var hours = row.Decimal("学时");
            var problem = heldOn is null ? "学习日期不是有效日期"
                : kind is null ? $"学法形式“{row.Text("学法形式")}”无法识别（应为：{string.Join("、", Enum.GetValues<StudyKind>().Select(EducationLabels.Kind))}）"
                : topic.Length == 0 ? "缺少学习主题"
                : row.Text("主讲人").Length == 0 ? "缺少主讲人"
                : hours is null ? "学时不是有效数字"
                : null;
            if (problem is not null)
            {
                errors.Add(new RowError(row.Number, topic, problem));
                continue;
            }

            if (existing.Contains((heldOn!.Value, kind!.Value, topic)))
            {
                continue;
            }

            try
            {
                var marks = new List<AttendanceMark>();
                foreach (var name in Names(row.Text("参加人员")))
                {
                    marks.Add(new AttendanceMark(Find(register, name, heldOn.Value), true, null));
                }

                foreach (Match m in AbsencePattern().Matches(row.Text("缺席人员及原因")))
                {
                    marks.Add(new AttendanceMark(Find(register, m.Groups["name"].Value.Trim(), heldOn.Value), false, m.Groups["reason"].Value));
                }

                var session = StudySession.Record(townshipId, kind.Value, heldOn.Value, topic, row.Text("主讲人"), row.Text("学习内容"), hours!.Value, marks, actor.Name, today);
                db.Add(session);
                existing.Add((heldOn.Value, kind.Value, topic));
                saved++;
            }
            catch (BusinessRuleException refused)
            {
                errors.Add(new RowError(row.Number, topic, refused.Message));
            }
        }

        await db.SaveChangesAsync(ct);
        return new ImportReport(saved, errors);
    }

    private static string[] Names(string text) =>
        text.Split(['、', '，', ',', ' ', '；', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>The member of that name serving on the day; otherwise the register rule refuses the row by name.</summary>
    private static StaffMember Find(List<StaffMember> register, string name, DateOnly day) =>
        register.FirstOrDefault(s => s.Name == name && s.IsServingOn(day))
        ?? throw new BusinessRuleException("education.attendance.not-on-register", new Rules.AttendeeMustBeOnRegister(name, false, day).Message, "Attendance");

    [GeneratedRegex(@"(?<name>[^（(；;、，,]+)[（(](?<reason>[^）)]*)[）)]")]
    private static partial Regex AbsencePattern();
}
