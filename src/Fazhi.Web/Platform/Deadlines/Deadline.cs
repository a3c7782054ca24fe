using Fazhi.Platform.ErrorHandling;
using Fazhi.Platform.Deadlines.Rules;
using Fazhi.Platform.Tenancy;
using Fazhi.Platform.Time;

namespace Fazhi.Platform.Deadlines;

/// <summary>
/// One statutory period running for one record of a township: the rule it comes from, whose duty it is, when it
/// started, when it is due and where it stands. The due date lives in a column (STYLE §2.1 item 9); the sweep moves
/// the state. The county may open one on a township's board (its 责令纠正 sets the township a period) but not change it.
/// </summary>
internal sealed class Deadline : ICountyInsertable
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid TownshipId { get; set; }

    public string RuleCode { get; set; } = "";

    public string Title { get; set; } = "";

    /// <summary>Whose duty it is (ADR 0016); only the government's own can turn yellow, red or late.</summary>
    public DeadlineOwner Owner { get; set; } = DeadlineOwner.Government;

    public string LegalBasis { get; set; } = "";

    public string StartEvent { get; set; } = "";

    public DateOnly StartDate { get; set; }

    public int Period { get; set; }

    public PeriodKind Kind { get; set; }

    public bool RollOverRestDay { get; set; }

    public int WarnDaysBefore { get; set; }

    public DateOnly DueDate { get; set; }

    public DeadlineState State { get; set; }

    public DateOnly? MetOn { get; set; }

    /// <summary>The due date was computed across a year with no entered holiday schedule (weekdays only).</summary>
    public bool CalendarUnconfirmed { get; set; }

    public string SubjectModule { get; set; } = "";

    public string SubjectType { get; set; } = "";

    public Guid SubjectId { get; set; }

    public string SubjectTitle { get; set; } = "";

    public string SubjectUrl { get; set; } = "";

    public string? CancelReason { get; set; }

    public DateTimeOffset OpenedAt { get; set; }

    public List<DeadlineExtension> Extensions { get; } = [];

    public bool IsOpen => State is DeadlineState.Pending or DeadlineState.DueSoon or DeadlineState.Overdue;

    public bool IsGovernmentDuty => Owner == DeadlineOwner.Government;

    public static Deadline Open(DeadlineRule rule, Guid townshipId, DeadlineSubject subject, DateOnly start, WorkingDayCalendar calendar, DateTimeOffset now)
    {
        var due = ComputeDue(rule.Kind, rule.RollOverRestDay, start, rule.Period, calendar);
        var deadline = new Deadline
        {
            TownshipId = townshipId,
            RuleCode = rule.Code,
            Title = rule.Title,
            Owner = rule.Owner,
            LegalBasis = rule.LegalBasis,
            StartEvent = rule.StartEvent,
            StartDate = start,
            Period = rule.Period,
            Kind = rule.Kind,
            RollOverRestDay = rule.RollOverRestDay,
            WarnDaysBefore = rule.WarnDaysBefore,
            DueDate = due.Value,
            CalendarUnconfirmed = due.Unconfirmed,
            State = DeadlineState.Pending,
            SubjectModule = subject.Module,
            SubjectType = subject.SubjectType,
            SubjectId = subject.SubjectId,
            SubjectTitle = subject.SubjectTitle,
            SubjectUrl = subject.Url,
            OpenedAt = now,
        };
        deadline.Evaluate(DateOnly.FromDateTime(ChinaTime.ToChina(now).DateTime), calendar);
        return deadline;
    }

    /// <summary>
    /// The due date a period gives. Working days: the start day is not counted. Calendar days: 民事诉讼法 第85条 —
    /// start day not counted, a last day on a rest day moves to the next working day if the rule says so.
    /// Fixed dates are calendar days without roll-over.
    /// </summary>
    public static CalendarAnswer<DateOnly> ComputeDue(PeriodKind kind, bool rollOverRestDay, DateOnly start, int days, WorkingDayCalendar calendar) => kind switch
    {
        PeriodKind.WorkingDays => calendar.AddWorkingDays(start, days),
        PeriodKind.CalendarDays => calendar.AddCalendarDays(start, days, rollOverRestDay),
        PeriodKind.FixedDate => calendar.AddCalendarDays(start, days, rollOverRestDay: false),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>Days left until the due date, counted in the rule's kind; negative once overdue.</summary>
    public int DaysLeft(DateOnly today, WorkingDayCalendar calendar) => Kind switch
    {
        PeriodKind.WorkingDays => calendar.WorkingDaysBetween(today, DueDate).Value,
        PeriodKind.CalendarDays or PeriodKind.FixedDate => DueDate.DayNumber - today.DayNumber,
        _ => throw new InvalidOperationException($"Unknown period kind {Kind}"),
    };

    /// <summary>
    /// Moves an open government duty to DueSoon within the warning window and to Overdue after the due date. Any other
    /// owner's period is never a warning: after its due date it has simply run out (Elapsed) and is closed.
    /// </summary>
    public bool Evaluate(DateOnly today, WorkingDayCalendar calendar)
    {
        if (!IsOpen)
        {
            return false;
        }

        var next = !IsGovernmentDuty ? (today > DueDate ? DeadlineState.Elapsed : DeadlineState.Pending)
            : today > DueDate ? DeadlineState.Overdue
            : DaysLeft(today, calendar) <= WarnDaysBefore ? DeadlineState.DueSoon
            : DeadlineState.Pending;
        if (next == State)
        {
            return false;
        }

        State = next;
        return true;
    }

    /// <summary>
    /// Recomputes the due date from the start and the extensions, e.g. after the next year's holiday schedule was
    /// entered and a weekdays-only guess can be replaced by the official answer.
    /// </summary>
    public bool Recompute(WorkingDayCalendar calendar)
    {
        var due = ComputeDue(Kind, RollOverRestDay, StartDate, Period, calendar);
        var unconfirmed = due.Unconfirmed;
        var date = due.Value;
        foreach (var extension in Extensions.OrderBy(e => e.ApprovedAt))
        {
            var extended = ComputeDue(Kind, RollOverRestDay, date, extension.AddedDays, calendar);
            extension.PreviousDueDate = date;
            extension.NewDueDate = extended.Value;
            unconfirmed |= extended.Unconfirmed;
            date = extended.Value;
        }

        var changed = date != DueDate || unconfirmed != CalendarUnconfirmed;
        DueDate = date;
        CalendarUnconfirmed = unconfirmed;
        return changed;
    }

    /// <summary>
    /// The act the period waited for happened. A government duty done after its due date is met late; another owner's
    /// period acted on after its end has run out (Elapsed) — the township was not late either way.
    /// </summary>
    public void Meet(DateOnly metOn)
    {
        BusinessRule.Check(new DeadlineMustBeOpen(this, "办结"));
        MetOn = metOn;
        State = metOn <= DueDate ? DeadlineState.Met
            : IsGovernmentDuty ? DeadlineState.MetLate
            : DeadlineState.Elapsed;
    }

    public void Cancel(string reason)
    {
        BusinessRule.Check(new DeadlineMustBeOpen(this, "撤销"));
        BusinessRule.Check(new CancellationNeedsReason(reason));
        CancelReason = reason.Trim();
        State = DeadlineState.Cancelled;
    }

    public DeadlineExtension Extend(int days, string reason, DeadlineApprover approver, WorkingDayCalendar calendar, DateTimeOffset now)
    {
        BusinessRule.Check(new DeadlineMustBeOpen(this, "延长"));
        BusinessRule.Check(new ExtensionNeedsReason(reason));
        BusinessRule.Check(new ExtensionNeedsLeaderApproval(approver.IsLeader));
        BusinessRule.Check(new ExtensionDaysWithinLimit(days));

        var extended = ComputeDue(Kind, RollOverRestDay, DueDate, days, calendar);
        var extension = new DeadlineExtension
        {
            DeadlineId = Id,
            TownshipId = TownshipId,
            AddedDays = days,
            PreviousDueDate = DueDate,
            NewDueDate = extended.Value,
            Reason = reason.Trim(),
            ApproverUserId = approver.UserId,
            ApproverName = approver.Name,
            ApprovedAt = now,
        };
        Extensions.Add(extension);
        DueDate = extended.Value;
        CalendarUnconfirmed |= extended.Unconfirmed;
        Evaluate(DateOnly.FromDateTime(ChinaTime.ToChina(now).DateTime), calendar);
        return extension;
    }

    public DeadlineInfo ToInfo() =>
        new(Id, RuleCode, Title, Owner, LegalBasis, StartDate, DueDate, State, MetOn, CalendarUnconfirmed, SubjectTitle, SubjectUrl);
}

/// <summary>An extension of a deadline, approved by a leader, with its reason.</summary>
internal sealed class DeadlineExtension : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid DeadlineId { get; set; }

    public Guid TownshipId { get; set; }

    /// <summary>Days added, in the deadline's own kind (working or calendar days).</summary>
    public int AddedDays { get; set; }

    public DateOnly PreviousDueDate { get; set; }

    public DateOnly NewDueDate { get; set; }

    public string Reason { get; set; } = "";

    public Guid? ApproverUserId { get; set; }

    public string ApproverName { get; set; } = "";

    public DateTimeOffset ApprovedAt { get; set; }
}
