namespace Fazhi.Platform.Deadlines;

/// <summary>How a statutory period is counted.</summary>
public enum PeriodKind
{
    /// <summary>工作日: skips weekends and official holidays, counts 调休 make-up workdays.</summary>
    WorkingDays = 1,

    /// <summary>日: calendar days; a period whose last day is a statutory rest day ends on the next working day (民事诉讼法 第85条).</summary>
    CalendarDays = 2,

    /// <summary>A fixed date in the year (e.g. the annual report before 1 April), counted in calendar days without roll-over.</summary>
    FixedDate = 3,
}

/// <summary>
/// Whose duty or period a deadline is (ADR 0016). Only <see cref="Government"/> deadlines are duties of the township
/// that can fall due soon, be overdue or be met late; every other period is one the township waits on: it ends
/// (<see cref="DeadlineState.Elapsed"/>) and the next step opens.
/// </summary>
public enum DeadlineOwner
{
    /// <summary>本级政府: this township government, its offices and the reviewers it designates must act by the due date.</summary>
    Government = 1,

    /// <summary>当事人: a period the law grants the party (陈述申辩、申请听证、缴纳罚款), e.g. 行政处罚法 第四十五条、第六十四条、第六十七条.</summary>
    Party = 2,

    /// <summary>社会公众: a period the public is given to take part, e.g. 公开征求意见 (重大行政决策程序暂行条例 第十五条).</summary>
    Public = 3,

    /// <summary>人民法院: a period running before a court (e.g. 非诉执行的审查), which the township cannot shorten.</summary>
    Court = 4,

    /// <summary>其他机关: another organ's period, e.g. the county's designated review body (国办发〔2018〕115号（四）).</summary>
    OtherOrgan = 5,
}

public enum DeadlineState
{
    Pending = 1,
    DueSoon = 2,
    Overdue = 3,
    Met = 4,
    MetLate = 5,
    Cancelled = 6,

    /// <summary>期满: a period that is not the government's duty ran to its end; it is closed, never overdue.</summary>
    Elapsed = 7,
}

/// <summary>
/// A statutory period as the law states it: where it comes from, what starts it, how long it is and how early to warn.
/// Modules declare their rules as static instances (e.g. <c>DocumentDeadlines.Publication</c>).
/// </summary>
/// <param name="Code">Stable code, e.g. <c>documents.publication</c>.</param>
/// <param name="Title">Chinese name of the step, e.g. 规范性文件公布.</param>
/// <param name="Owner">Whose duty it is: only the government's own duties can be overdue (ADR 0016).</param>
/// <param name="LegalBasis">Law and article, e.g. 国办发〔2018〕37号.</param>
/// <param name="StartEvent">What starts the period, e.g. 签发之日.</param>
/// <param name="Period">Length of the period.</param>
/// <param name="Kind">Working or calendar days.</param>
/// <param name="WarnDaysBefore">Days (of the same kind) before the due date when the deadline turns yellow.</param>
/// <param name="RollOverRestDay">For calendar-day periods: move a due date that falls on a rest day to the next working day.</param>
public sealed record DeadlineRule(
    string Code,
    string Title,
    DeadlineOwner Owner,
    string LegalBasis,
    string StartEvent,
    int Period,
    PeriodKind Kind,
    int WarnDaysBefore,
    bool RollOverRestDay = true);

/// <summary>What a deadline is about: the record it belongs to, shown and linked on the 待办与预警 board.</summary>
/// <param name="Module">Module key, e.g. <c>documents</c>.</param>
/// <param name="SubjectType">Record type, e.g. <c>NormativeDocument</c>.</param>
/// <param name="SubjectId">Record id.</param>
/// <param name="SubjectTitle">What the clerk sees, e.g. the document title.</param>
/// <param name="Url">Workspace page of the record.</param>
public sealed record DeadlineSubject(string Module, string SubjectType, Guid SubjectId, string SubjectTitle, string Url);

/// <summary>
/// The one deadline service of every module (issue 2 §5). Methods add or change tracked entities and do not save:
/// the caller's SaveChanges commits the step and its deadline in one transaction, so nothing is half-saved.
/// </summary>
public interface IDeadlines
{
    /// <summary>Opens a deadline that starts on <paramref name="start"/> (the start day itself is not counted).</summary>
    Task<DeadlineInfo> OpenAsync(DeadlineRule rule, Guid townshipId, DeadlineSubject subject, DateOnly start, CancellationToken cancellationToken);

    /// <summary>Marks the open deadline of this rule on this subject as met on <paramref name="metOn"/> (met late if after the due date).</summary>
    Task<DeadlineInfo?> MeetAsync(string ruleCode, Guid subjectId, DateOnly metOn, CancellationToken cancellationToken);

    /// <summary>Closes an open deadline that no longer applies (e.g. the step was withdrawn), with a reason.</summary>
    Task CancelAsync(string ruleCode, Guid subjectId, string reason, CancellationToken cancellationToken);

    /// <summary>
    /// Closes every period still running on a record that is not the government's own duty (a party's or the public's
    /// period), e.g. when the case is closed: nothing of a finished record stays open on the board. Returns how many.
    /// </summary>
    Task<int> EndWaitingPeriodsAsync(Guid subjectId, string reason, CancellationToken cancellationToken);

    /// <summary>Open and closed deadlines of a record, for its page.</summary>
    Task<IReadOnlyList<DeadlineInfo>> ForSubjectAsync(Guid subjectId, CancellationToken cancellationToken);

    /// <summary>Computes the due date a rule gives from a start date, without opening anything.</summary>
    Task<DueDate> ComputeDueAsync(DeadlineRule rule, DateOnly start, CancellationToken cancellationToken);

    /// <summary>
    /// Extends an open deadline by <paramref name="days"/> of its own kind, approved by <paramref name="approver"/>, who
    /// must be a leader (<see cref="Rules.DeadlineExtendedByLeader"/>, 403 otherwise), with a reason (refused without
    /// one). Like the other methods it does not save.
    /// </summary>
    Task<DeadlineInfo> ExtendAsync(Guid deadlineId, int days, string reason, Auth.Actor approver, CancellationToken cancellationToken);
}

/// <summary>Who approved an extension, as the deadline records it; only a holder of the Leader role may (负责人批准).</summary>
public sealed record DeadlineApprover(Guid? UserId, string Name, bool IsLeader);

/// <summary>A computed due date; <see cref="CalendarUnconfirmed"/> is true where a year without an entered holiday schedule was crossed.</summary>
public sealed record DueDate(DateOnly Date, bool CalendarUnconfirmed);

/// <summary>A deadline as modules and pages read it.</summary>
public sealed record DeadlineInfo(
    Guid Id,
    string RuleCode,
    string Title,
    DeadlineOwner Owner,
    string LegalBasis,
    DateOnly StartDate,
    DateOnly DueDate,
    DeadlineState State,
    DateOnly? MetOn,
    bool CalendarUnconfirmed,
    string SubjectTitle,
    string Url)
{
    /// <summary>The state as the pages say it, in the owner's terms (a party's period ends, it is never 逾期).</summary>
    public string StateLabel => DeadlineLabels.State(State, Owner);

    /// <summary>Whose duty it is, e.g. 当事人.</summary>
    public string OwnerLabel => DeadlineLabels.Owner(Owner);

    public bool IsGovernmentDuty => Owner == DeadlineOwner.Government;
}

/// <summary>The Chinese words of the deadline states, one place for every page and message.</summary>
public static class DeadlineLabels
{
    public static string Owner(DeadlineOwner owner) => owner switch
    {
        DeadlineOwner.Government => "本级政府",
        DeadlineOwner.Party => "当事人",
        DeadlineOwner.Public => "社会公众",
        DeadlineOwner.Court => "人民法院",
        DeadlineOwner.OtherOrgan => "其他机关",
        _ => owner.ToString(),
    };

    /// <summary>
    /// A government duty reads 进行中 / 即将到期 / 逾期 / 按期办结 / 逾期办结; any other period reads 期间进行中 / 期满 /
    /// 期内已完成, because the township cannot be late on someone else's period.
    /// </summary>
    public static string State(DeadlineState state, DeadlineOwner owner) => owner == DeadlineOwner.Government
        ? state switch
        {
            DeadlineState.Pending => "进行中",
            DeadlineState.DueSoon => "即将到期",
            DeadlineState.Overdue => "逾期",
            DeadlineState.Met => "按期办结",
            DeadlineState.MetLate => "逾期办结",
            DeadlineState.Cancelled => "撤销",
            DeadlineState.Elapsed => "期满",
            _ => state.ToString(),
        }
        : state switch
        {
            DeadlineState.Pending or DeadlineState.DueSoon or DeadlineState.Overdue => "期间进行中",
            DeadlineState.Met or DeadlineState.MetLate => "期内已完成",
            DeadlineState.Elapsed => "期满",
            DeadlineState.Cancelled => "撤销",
            _ => state.ToString(),
        };
}

/// <summary>
/// Deadlines that the calendar opens rather than a step of a record: the annual report is due before 1 April whether
/// or not anyone has started it. The sweep asks every source on each pass, as the system tenant, before it evaluates
/// the open deadlines; a source opens only what is missing (idempotent) and does not save.
/// </summary>
public interface ICalendarDeadlineSource
{
    Task OpenDueAsync(DateOnly today, CancellationToken cancellationToken);
}
