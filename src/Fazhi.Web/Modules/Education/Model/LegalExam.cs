using Fazhi.Modules.Education.Rules;
using Fazhi.Platform.ErrorHandling;
using Fazhi.Platform.Tenancy;

namespace Fazhi.Modules.Education.Model;

/// <summary>
/// A staff legal-knowledge exam (学法考法, 八五普法规划 on 国家工作人员学法用法) and its results, imported from the
/// provincial exam platform's export. 参考率 = those who sat ÷ staff serving on the exam day; 合格率 = passed ÷ sat.
/// </summary>
internal sealed class LegalExam : ITenantOwned
{
    private LegalExam()
    {
    }

    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid TownshipId { get; private set; }

    public string Title { get; private set; } = "";

    public DateOnly HeldOn { get; private set; }

    public decimal PassMark { get; private set; }

    public decimal FullMarks { get; private set; }

    /// <summary>How many staff served on the exam day: the denominator of 参考率, fixed when results are imported.</summary>
    public int Expected { get; private set; }

    public List<ExamResult> Results { get; private set; } = [];

    public int Sat => Results.Count(r => r.Attendance == ExamAttendance.Sat);

    public int Passed => Results.Count(r => r.Attendance == ExamAttendance.Sat && r.Score >= PassMark);

    public static LegalExam Schedule(Guid townshipId, string title, DateOnly heldOn, decimal passMark, decimal fullMarks, int expected) =>
        new() { TownshipId = townshipId, Title = title.Trim(), HeldOn = heldOn, PassMark = passMark, FullMarks = fullMarks, Expected = expected };

    /// <summary>Records (or corrects, on a second import) one person's result.</summary>
    public ExamResult Enter(StaffMember member, ExamAttendance attendance, decimal? score, string? absenceReason)
    {
        ArgumentNullException.ThrowIfNull(member);
        BusinessRule.Check(new AttendeeMustBeOnRegister(member.Name, member.TownshipId == TownshipId && member.IsServingOn(HeldOn), HeldOn));
        if (attendance == ExamAttendance.Sat)
        {
            BusinessRule.Check(new ScoreWithinRange(score ?? -1, FullMarks));
        }

        var result = Results.SingleOrDefault(r => r.StaffMemberId == member.Id);
        if (result is null)
        {
            result = new ExamResult { ExamId = Id, StaffMemberId = member.Id };
            Results.Add(result);
        }

        result.StaffName = member.Name;
        result.Unit = member.Unit;
        result.Attendance = attendance;
        result.Score = attendance == ExamAttendance.Sat ? score : null;
        result.AbsenceReason = attendance == ExamAttendance.Absent ? absenceReason?.Trim() : null;
        return result;
    }

    public void CountExpected(int expected) => Expected = expected;
}

internal sealed class ExamResult
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid ExamId { get; set; }

    public Guid StaffMemberId { get; set; }

    public string StaffName { get; set; } = "";

    public string Unit { get; set; } = "";

    public ExamAttendance Attendance { get; set; }

    public decimal? Score { get; set; }

    public string? AbsenceReason { get; set; }
}

/// <summary>A legal training (法治培训): staff, officers, village cadres or residents (法治巡讲) → sessions and 人次.</summary>
internal sealed class Training : ITenantOwned
{
    private Training()
    {
    }

    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid TownshipId { get; private set; }

    public DateOnly HeldOn { get; private set; }

    public string Topic { get; private set; } = "";

    public TrainingAudience Audience { get; private set; }

    public string Trainer { get; private set; } = "";

    public decimal Hours { get; private set; }

    /// <summary>参训人次.</summary>
    public int Participants { get; private set; }

    public string RecordedBy { get; private set; } = "";

    public static Training Record(Guid townshipId, DateOnly heldOn, string topic, TrainingAudience audience, string trainer, decimal hours, int participants, string recordedBy, DateOnly today)
    {
        BusinessRule.Check(new NotInTheFuture("培训", heldOn, today, "HeldOn"));
        BusinessRule.Check(new HoursWithinADay(hours, "Hours"));
        BusinessRule.Check(new CountNotNegative("参训人次", participants, "Participants"));
        return new Training
        {
            TownshipId = townshipId,
            HeldOn = heldOn,
            Topic = topic.Trim(),
            Audience = audience,
            Trainer = trainer.Trim(),
            Hours = hours,
            Participants = participants,
            RecordedBy = recordedBy,
        };
    }
}
