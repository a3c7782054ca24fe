using System.ComponentModel.DataAnnotations;
using Fazhi.Modules.Education.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Microsoft.Extensions.Options;

namespace Fazhi.Modules.Education.Exams.ScheduleExam;

/// <summary>登记学法考试: the exam the staff sit on the provincial platform; results are imported from its export.</summary>
public sealed record ScheduleExamRequest(
    [Required(ErrorMessage = "请填写考试名称。"), MaxLength(200, ErrorMessage = "名称不超过 200 字。")] string Title,
    [Required(ErrorMessage = "请填写考试日期。")] DateOnly? HeldOn,
    [Range(0, 1000, ErrorMessage = "合格分数线应在 0 至 1000 之间。")] decimal? PassMark)
{
    public static ScheduleExamRequest Blank { get; } = new("", null, null);
}

internal sealed class ScheduleExamHandler(FazhiDbContext db, EducationQueries queries, IOptions<EducationOptions> options)
{
    public async Task<LegalExam> HandleAsync(Actor actor, ScheduleExamRequest request, CancellationToken ct)
    {
        WhoMayRule.Of<StudyRecordedByClerkOrLeader>().Check(actor);
        var townshipId = actor.TownshipId!.Value;
        var heldOn = request.HeldOn!.Value;
        // Everyone serving on the exam day is expected to sit it (国家工作人员学法考法): the denominator of 参考率.
        var expected = (await queries.ServingOnAsync(townshipId, heldOn, ct)).Count;
        var exam = LegalExam.Schedule(townshipId, request.Title, heldOn, request.PassMark ?? options.Value.ExamPassMark, options.Value.ExamFullMarks, expected);
        db.Add(exam);
        await db.SaveChangesAsync(ct);
        return exam;
    }
}
