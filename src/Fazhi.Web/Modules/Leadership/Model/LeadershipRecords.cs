using Fazhi.Platform.ErrorHandling;
using Fazhi.Platform.Tenancy;

namespace Fazhi.Modules.Leadership.Model;

/// <summary>The meetings at which a township's leadership puts rule-of-law matters on the agenda.</summary>
public enum MeetingKind
{
    PartyCommittee = 1,
    ExecutiveMeeting = 2,
    LeadingGroup = 3,
    Thematic = 4,
}

public enum LeaderRole
{
    PartySecretary = 1,
    GovernmentHead = 2,
}

/// <summary>The evaluation of a 述法 by the county or the meeting that heard it.</summary>
public enum DutyEvaluation
{
    Excellent = 1,
    Good = 2,
    Fair = 3,
    Poor = 4,
}

public enum CountyReportKind
{
    Annual = 1,
    FirstResponsible = 2,
    HalfYear = 3,
    Thematic = 4,
}

internal static class LeadershipLabels
{
    public static string Meeting(MeetingKind kind) => kind switch
    {
        MeetingKind.PartyCommittee => "党委会议",
        MeetingKind.ExecutiveMeeting => "政府常务会议",
        MeetingKind.LeadingGroup => "法治建设领导小组会议",
        MeetingKind.Thematic => "法治建设专题会议",
        _ => kind.ToString(),
    };

    public static string Role(LeaderRole role) => role switch
    {
        LeaderRole.PartySecretary => "党委书记",
        LeaderRole.GovernmentHead => "乡镇长",
        _ => role.ToString(),
    };

    public static string Evaluation(DutyEvaluation evaluation) => evaluation switch
    {
        DutyEvaluation.Excellent => "好",
        DutyEvaluation.Good => "较好",
        DutyEvaluation.Fair => "一般",
        DutyEvaluation.Poor => "差",
        _ => evaluation.ToString(),
    };

    public static string Report(CountyReportKind kind) => kind switch
    {
        CountyReportKind.Annual => "法治政府建设年度报告",
        CountyReportKind.FirstResponsible => "第一责任人履职情况报告",
        CountyReportKind.HalfYear => "半年工作报告",
        CountyReportKind.Thematic => "专题报告",
        _ => kind.ToString(),
    };
}

/// <summary>
/// A meeting that put rule-of-law work on the agenda (党委会, 政府常务会, 法治建设领导小组会, 专题会): the first responsible
/// person's duty to deploy, hear and decide in person (第一责任人职责规定 第三、四条).
/// </summary>
internal sealed class RuleOfLawMeeting : ITenantOwned
{
    private RuleOfLawMeeting()
    {
    }

    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid TownshipId { get; private set; }

    public MeetingKind Kind { get; private set; }

    public DateOnly HeldOn { get; private set; }

    /// <summary>议题.</summary>
    public string Topic { get; private set; } = "";

    public string Chair { get; private set; } = "";

    public string Attendees { get; private set; } = "";

    /// <summary>议定事项.</summary>
    public string Decided { get; private set; } = "";

    /// <summary>The meeting heard a report on rule-of-law work (听取法治建设工作汇报).</summary>
    public bool HeardWorkReport { get; private set; }

    public string RecordedBy { get; private set; } = "";

    public static RuleOfLawMeeting Record(Guid townshipId, MeetingKind kind, DateOnly heldOn, string topic, string chair, string attendees, string decided, bool heardReport, string recordedBy, DateOnly today)
    {
        BusinessRule.Check(new HappenedAlready("会议", heldOn, today));
        return new()
        {
            TownshipId = townshipId, Kind = kind, HeldOn = heldOn, Topic = topic.Trim(), Chair = chair.Trim(), Attendees = attendees.Trim(),
            Decided = decided.Trim(), HeardWorkReport = heardReport, RecordedBy = recordedBy,
        };
    }
}

/// <summary>述法: the Party secretary's or head's year-end account of their rule-of-law duties (述职述法) and its evaluation.</summary>
internal sealed class DutyStatement : ITenantOwned
{
    private DutyStatement()
    {
    }

    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid TownshipId { get; private set; }

    public int Year { get; private set; }

    public LeaderRole Role { get; private set; }

    public string Speaker { get; private set; } = "";

    public DateOnly DeliveredOn { get; private set; }

    /// <summary>Where it was delivered, e.g. 县委全面依法治县委员会会议, 年终述职述廉述法大会.</summary>
    public string Occasion { get; private set; } = "";

    public string Text { get; private set; } = "";

    public DutyEvaluation? Evaluation { get; private set; }

    public string? EvaluatedBy { get; private set; }

    public static DutyStatement Record(Guid townshipId, int year, LeaderRole role, string speaker, DateOnly deliveredOn, string occasion, string text,
        DutyEvaluation? evaluation, string? evaluatedBy, DateOnly today)
    {
        BusinessRule.Check(new HappenedAlready("述法", deliveredOn, today));
        BusinessRule.Check(new StatementAfterItsYear(year, deliveredOn));
        return new()
        {
            TownshipId = townshipId, Year = year, Role = role, Speaker = speaker.Trim(), DeliveredOn = deliveredOn, Occasion = occasion.Trim(), Text = text.Trim(),
            Evaluation = evaluation, EvaluatedBy = evaluation is null ? null : evaluatedBy?.Trim(),
        };
    }
}

/// <summary>A report to the county Party committee and government on rule-of-law work (督察工作规定: 乡党委和政府 → 上一级).</summary>
internal sealed class CountyReport : ITenantOwned
{
    private CountyReport()
    {
    }

    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid TownshipId { get; private set; }

    public CountyReportKind Kind { get; private set; }

    public DateOnly ReportedOn { get; private set; }

    public string Title { get; private set; } = "";

    /// <summary>县委、县政府, 抄送县委依法治县办.</summary>
    public string Recipient { get; private set; } = "";

    /// <summary>文号.</summary>
    public string Reference { get; private set; } = "";

    public static CountyReport Record(Guid townshipId, CountyReportKind kind, DateOnly reportedOn, string title, string recipient, string reference, DateOnly today)
    {
        BusinessRule.Check(new HappenedAlready("报告", reportedOn, today));
        return new() { TownshipId = townshipId, Kind = kind, ReportedOn = reportedOn, Title = title.Trim(), Recipient = recipient.Trim(), Reference = reference.Trim() };
    }
}

/// <summary>
/// The year's 法治建设工作要点: tasks with owners and due dates (each on the 待办与预警 board as the township's own duty),
/// and the year-end summary (年末进行总结) that part 三 of the report draws on.
/// </summary>
internal sealed class WorkPlan : ITenantOwned
{
    private WorkPlan()
    {
    }

    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid TownshipId { get; private set; }

    public int Year { get; private set; }

    public string Title { get; private set; } = "";

    public DateOnly AdoptedOn { get; private set; }

    /// <summary>The meeting that adopted it, e.g. 镇党委会议2022年第2次.</summary>
    public string AdoptedAt { get; private set; } = "";

    public string? Summary { get; private set; }

    public DateOnly? SummarizedOn { get; private set; }

    public List<PlanTask> Tasks { get; private set; } = [];

    public static WorkPlan Adopt(Guid townshipId, int year, string title, DateOnly adoptedOn, string adoptedAt) =>
        new() { TownshipId = townshipId, Year = year, Title = title.Trim(), AdoptedOn = adoptedOn, AdoptedAt = adoptedAt.Trim() };

    public void Readopt(string title, DateOnly adoptedOn, string adoptedAt)
    {
        Title = title.Trim();
        AdoptedOn = adoptedOn;
        AdoptedAt = adoptedAt.Trim();
    }

    public PlanTask AddTask(string title, string owner, DateOnly dueOn)
    {
        BusinessRule.Check(new TaskDueWithinItsYear(Year, dueOn));
        var task = new PlanTask { PlanId = Id, Order = Tasks.Count + 1, Title = title.Trim(), Owner = owner.Trim(), DueOn = dueOn };
        Tasks.Add(task);
        return task;
    }

    public PlanTask Complete(Guid taskId, DateOnly doneOn, string result)
    {
        var task = Tasks.Single(t => t.Id == taskId);
        BusinessRule.Check(new TaskCompletedOnce(task.Title, task.DoneOn is not null));
        task.DoneOn = doneOn;
        task.Result = result.Trim();
        return task;
    }

    public void Summarize(string text, DateOnly on)
    {
        BusinessRule.Check(new SummaryAtYearEnd(Year, on));
        Summary = text.Trim();
        SummarizedOn = on;
    }
}

internal sealed class PlanTask
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid PlanId { get; set; }

    public int Order { get; set; }

    public string Title { get; set; } = "";

    /// <summary>牵头单位或责任人.</summary>
    public string Owner { get; set; } = "";

    public DateOnly DueOn { get; set; }

    public DateOnly? DoneOn { get; set; }

    public string? Result { get; set; }
}

internal sealed record HappenedAlready(string What, DateOnly On, DateOnly Today) : IBusinessRule
{
    public bool IsBroken => On > Today;

    public string Code => "leadership.date.future";

    public string Message => $"{What}日期 {On:yyyy-MM-dd} 晚于今天，只能登记已经发生的{What}。";

    public string? Field => What == "述法" ? "DeliveredOn" : What == "报告" ? "ReportedOn" : "HeldOn";
}

internal sealed record StatementAfterItsYear(int Year, DateOnly DeliveredOn) : IBusinessRule
{
    public bool IsBroken => DeliveredOn.Year < Year || DeliveredOn.Year > Year + 1;

    public string Code => "leadership.duty-statement.year";

    public string Message => $"{Year}年度的述法应在当年年末或次年年初进行（履行第一责任人职责情况列入年终述职，《党政主要负责人履行推进法治建设第一责任人职责规定》）。";

    public string? Field => "DeliveredOn";
}

internal sealed record TaskDueWithinItsYear(int Year, DateOnly DueOn) : IBusinessRule
{
    public bool IsBroken => DueOn.Year != Year;

    public string Code => "leadership.task.due-year";

    public string Message => $"工作要点任务的完成时限应在 {Year} 年内（年度工作要点，年末进行总结）。";

    public string? Field => "DueOn";
}

internal sealed record TaskCompletedOnce(string Title, bool AlreadyDone) : IBusinessRule
{
    public bool IsBroken => AlreadyDone;

    public string Code => "leadership.task.done";

    public string Message => $"任务“{Title}”已完成销号，不能重复销号。";
}

internal sealed record SummaryAtYearEnd(int Year, DateOnly On) : IBusinessRule
{
    public bool IsBroken => On < new DateOnly(Year, 11, 1) || On.Year > Year + 1;

    public string Code => "leadership.summary.year-end";

    public string Message => $"{Year}年度工作总结应在年末（11月起）或次年年初形成。";

    public string? Field => "WrittenOn";
}
