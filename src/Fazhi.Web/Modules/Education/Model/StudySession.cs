using Fazhi.Modules.Education.Rules;
using Fazhi.Platform.ErrorHandling;
using Fazhi.Platform.Tenancy;

namespace Fazhi.Modules.Education.Model;

/// <summary>One line of attendance taken against the register: present, or absent with the reason.</summary>
internal sealed record AttendanceMark(StaffMember Member, bool Present, string? AbsenceReason);

/// <summary>
/// A law-study session of the leadership or the staff (中心组学法, 会前学法, 专题学法/研讨, 法治讲座), with attendance
/// taken against the 干部职工名册: who was expected, who came, who was absent and why. 参学率 and study hours per
/// person are computed from these lines, never typed.
/// </summary>
internal sealed class StudySession : ITenantOwned
{
    private StudySession()
    {
    }

    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid TownshipId { get; private set; }

    public StudyKind Kind { get; private set; }

    public DateOnly HeldOn { get; private set; }

    public string Topic { get; private set; } = "";

    public string Speaker { get; private set; } = "";

    /// <summary>学习内容和材料, e.g. 《中华人民共和国行政处罚法》第四章.</summary>
    public string Materials { get; private set; } = "";

    public decimal Hours { get; private set; }

    public string RecordedBy { get; private set; } = "";

    public List<SessionAttendance> Attendance { get; private set; } = [];

    public int Expected => Attendance.Count;

    public int Present => Attendance.Count(a => a.Present);

    public static StudySession Record(Guid townshipId, StudyKind kind, DateOnly heldOn, string topic, string speaker, string materials, decimal hours,
        IReadOnlyList<AttendanceMark> marks, string recordedBy, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(marks);
        BusinessRule.Check(new NotInTheFuture("学习", heldOn, today, "HeldOn"));
        BusinessRule.Check(new HoursWithinADay(hours, "Hours"));
        BusinessRule.Check(new SessionHasAttendance(marks.Count));
        var session = new StudySession
        {
            TownshipId = townshipId,
            Kind = kind,
            HeldOn = heldOn,
            Topic = topic.Trim(),
            Speaker = speaker.Trim(),
            Materials = materials.Trim(),
            Hours = hours,
            RecordedBy = recordedBy,
        };
        var seen = new HashSet<Guid>();
        foreach (var mark in marks)
        {
            BusinessRule.Check(new AttendeeMustBeOnRegister(mark.Member.Name, mark.Member.TownshipId == townshipId && mark.Member.IsServingOn(heldOn), heldOn));
            BusinessRule.Check(new AttendeeListedOnce(mark.Member.Name, !seen.Add(mark.Member.Id)));
            BusinessRule.Check(new AbsenceStatesReason(mark.Member.Name, mark.Present, mark.AbsenceReason));
            session.Attendance.Add(new SessionAttendance
            {
                SessionId = session.Id,
                StaffMemberId = mark.Member.Id,
                StaffName = mark.Member.Name,
                Present = mark.Present,
                AbsenceReason = mark.Present ? null : mark.AbsenceReason!.Trim(),
            });
        }

        return session;
    }
}

internal sealed class SessionAttendance
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid SessionId { get; set; }

    public Guid StaffMemberId { get; set; }

    /// <summary>The name as it stood that day (the register may be corrected later).</summary>
    public string StaffName { get; set; } = "";

    public bool Present { get; set; }

    public string? AbsenceReason { get; set; }
}

/// <summary>
/// The year's study plan (年度学法计划): the sessions the Party committee planned, month by month. Held against planned
/// is counted by kind.
/// </summary>
internal sealed class StudyPlan : ITenantOwned
{
    private StudyPlan()
    {
    }

    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid TownshipId { get; private set; }

    public int Year { get; private set; }

    public string Title { get; private set; } = "";

    public DateOnly AdoptedOn { get; private set; }

    public List<StudyPlanItem> Items { get; private set; } = [];

    public static StudyPlan Adopt(Guid townshipId, int year, string title, DateOnly adoptedOn) =>
        new() { TownshipId = townshipId, Year = year, Title = title.Trim(), AdoptedOn = adoptedOn };

    /// <summary>Replaces the planned sessions (the plan is re-adopted as a whole, as the committee does).</summary>
    public void Plan(string title, DateOnly adoptedOn, IEnumerable<(int Month, StudyKind Kind, string Topic)> items)
    {
        Title = title.Trim();
        AdoptedOn = adoptedOn;
        Items.Clear();
        foreach (var (month, kind, topic) in items)
        {
            Items.Add(new StudyPlanItem { PlanId = Id, Month = month, Kind = kind, Topic = topic.Trim() });
        }
    }
}

internal sealed class StudyPlanItem
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid PlanId { get; set; }

    public int Month { get; set; }

    public StudyKind Kind { get; set; }

    public string Topic { get; set; } = "";
}
