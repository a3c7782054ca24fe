using Fazhi.Modules.Education.Excel;
using Fazhi.Modules.Education.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.ErrorHandling;
using Fazhi.Platform.Procedures;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Education.Exams.ImportResults;

/// <summary>
/// 导入考试成绩: the provincial exam platform's export (序号, 姓名, 单位, 考试成绩, 考试状态, 缺考原因). Each row is matched to
/// the register as it stood on the exam day; a person not on it, a score that is not a number or out of range, an
/// unknown status or a person listed twice is reported with the row number, and nothing of that row is saved. Good
/// rows are saved; importing again corrects them instead of adding them twice.
/// </summary>
internal sealed class ImportExamResultsHandler(FazhiDbContext db)
{
    public async Task<(LegalExam Exam, ImportReport Report)?> HandleAsync(Actor actor, Guid examId, Stream xlsx, CancellationToken ct)
    {
        WhoMayRule.Of<StudyRecordedByClerkOrLeader>().Check(actor);
        if (await db.Set<LegalExam>().SingleOrDefaultAsync(e => e.Id == examId, ct) is not { } exam)
        {
            return null;
        }

        var rows = Sheet.ReadOrReport(xlsx, ["姓名", "考试成绩"], out var failure);
        if (rows is null)
        {
            return (exam, failure!);
        }

        var register = await db.Set<StaffMember>().Where(s => s.TownshipId == exam.TownshipId).ToListAsync(ct);
        var seen = new HashSet<Guid>();
        var errors = new List<RowError>();
        var saved = 0;
        foreach (var row in rows)
        {
            var name = row.Text("姓名");
            var unit = row.Text("单位");
            var status = row.Text("考试状态");
            var scoreText = row.Text("考试成绩");
            var score = row.Decimal("考试成绩");
            var attendance = status switch
            {
                "" => scoreText.Length > 0 ? ExamAttendance.Sat : ExamAttendance.Absent,
                "已参考" or "参考" or "已考" or "已交卷" or "正常" => ExamAttendance.Sat,
                "缺考" or "未参考" or "未考" => ExamAttendance.Absent,
                _ => (ExamAttendance?)null,
            };
            var candidates = register.Where(s => s.Name == name && s.IsServingOn(exam.HeldOn) && (unit.Length == 0 || s.Unit == unit)).ToList();
            var problem = name.Length == 0 ? "缺少姓名"
                : attendance is null ? $"考试状态“{status}”无法识别（应为“已参考”或“缺考”）"
                : attendance == ExamAttendance.Sat && score is null ? $"考试成绩“{scoreText}”不是有效数字"
                : candidates.Count == 0 ? new Rules.AttendeeMustBeOnRegister(name, false, exam.HeldOn).Message
                : candidates.Count > 1 ? "名册中有同名人员，请在“单位”列注明所在单位"
                : !seen.Add(candidates[0].Id) ? "该人员在表中重复出现"
                : null;
            if (problem is not null)
            {
                errors.Add(new RowError(row.Number, name, problem));
                continue;
            }

            try
            {
                exam.Enter(candidates[0], attendance!.Value, score, row.Text("缺考原因"));
                saved++;
            }
            catch (BusinessRuleException refused)
            {
                errors.Add(new RowError(row.Number, name, refused.Message));
            }
        }

        foreach (var added in exam.Results.Where(r => db.Entry(r).State == EntityState.Detached))
        {
            db.Entry(added).State = EntityState.Added;
        }

        await db.SaveChangesAsync(ct);
        return (exam, new ImportReport(saved, errors));
    }
}
