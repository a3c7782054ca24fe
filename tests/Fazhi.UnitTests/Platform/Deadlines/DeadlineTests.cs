using Fazhi.Platform.Deadlines;
using Fazhi.Platform.ErrorHandling;
using Fazhi.Platform.Time;

namespace Fazhi.UnitTests.Platform.Deadlines;

public sealed class DeadlineTests
{
    private static readonly WorkingDayCalendar Calendar = new(OfficialCalendarData.Schedules);

    // 政府信息公开条例 第33条: reply within 20 working days; warn 5 working days before.
    private static readonly DeadlineRule Reply = new("disclosure.reply", "依申请公开答复", DeadlineOwner.Government, "政府信息公开条例 第三十三条", "收到申请之日", 20, PeriodKind.WorkingDays, 5);

    // 行政处罚法 第四十五条、第八十五条: the party's statement period, 3 working days; the township waits on it.
    private static readonly DeadlineRule Statement = new("enforcement.statement", "当事人陈述、申辩期限", DeadlineOwner.Party, "《行政处罚法》第四十五条", "告知之日", 3, PeriodKind.WorkingDays, 1);

    private static readonly DateTimeOffset OpenedAt = new(2026, 9, 21, 1, 0, 0, TimeSpan.Zero);

    private static Deadline OpenOn(string start) =>
        Deadline.Open(Reply, Guid.NewGuid(), new DeadlineSubject("disclosure", "DisclosureRequest", Guid.NewGuid(), "申请公开征地材料", "/workspace/x"),
            DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), Calendar, OpenedAt);

    [Fact]
    public void Open_AcrossNationalDay2026_DueDateSkipsTheHoliday()
    {
        // From Mon 21 Sep 2026: 22–30 Sep 7 days, Sat 26 Sep not a make-up (20 Sep is), 1–7 Oct off, Sat 10 Oct make-up.
        var deadline = OpenOn("2026-09-21");

        deadline.DueDate.ShouldBe(Calendar.AddWorkingDays(new DateOnly(2026, 9, 21), 20).Value);
        deadline.DueDate.ShouldBe(new DateOnly(2026, 10, 26));
        deadline.State.ShouldBe(DeadlineState.Pending);
        deadline.CalendarUnconfirmed.ShouldBeFalse();
    }

    [Fact]
    public void Evaluate_WithinWarningWorkingDays_IsDueSoonThenOverdueAfterTheDueDate()
    {
        var deadline = OpenOn("2026-09-21");

        deadline.Evaluate(new DateOnly(2026, 10, 16), Calendar).ShouldBeFalse();   // 6 working days left
        deadline.State.ShouldBe(DeadlineState.Pending);
        deadline.Evaluate(new DateOnly(2026, 10, 19), Calendar).ShouldBeTrue();    // 5 working days left
        deadline.State.ShouldBe(DeadlineState.DueSoon);
        deadline.Evaluate(new DateOnly(2026, 10, 26), Calendar);
        deadline.State.ShouldBe(DeadlineState.DueSoon);
        deadline.Evaluate(new DateOnly(2026, 10, 27), Calendar).ShouldBeTrue();
        deadline.State.ShouldBe(DeadlineState.Overdue);
    }

    [Fact]
    public void Meet_AfterTheDueDate_IsMetLate()
    {
        var deadline = OpenOn("2026-09-21");

        deadline.Meet(new DateOnly(2026, 10, 27));

        deadline.State.ShouldBe(DeadlineState.MetLate);
        Should.Throw<BusinessRuleException>(() => deadline.Meet(new DateOnly(2026, 10, 28))).Code.ShouldBe("deadlines.not-open");
    }

    [Fact]
    public void Extend_WithoutReason_IsRefused()
    {
        var deadline = OpenOn("2026-09-21");

        var error = Should.Throw<BusinessRuleException>(() =>
            deadline.Extend(20, "  ", new DeadlineApprover(Guid.NewGuid(), "镇长", IsLeader: true), Calendar, OpenedAt));

        error.Code.ShouldBe("deadlines.extension.reason-required");
        deadline.DueDate.ShouldBe(new DateOnly(2026, 10, 26));
    }

    [Fact]
    public void Extend_ByANonLeader_IsRefused()
    {
        var deadline = OpenOn("2026-09-21");

        Should.Throw<BusinessRuleException>(() =>
            deadline.Extend(20, "需要征求第三方意见", new DeadlineApprover(Guid.NewGuid(), "法制员", IsLeader: false), Calendar, OpenedAt))
            .Code.ShouldBe("deadlines.extension.leader-required");
    }

    [Fact]
    public void Extend_ByALeaderWithReason_MovesTheDueDateInWorkingDays()
    {
        var deadline = OpenOn("2026-09-21");

        var extension = deadline.Extend(20, "需要征求第三方意见", new DeadlineApprover(Guid.NewGuid(), "镇长", IsLeader: true), Calendar, OpenedAt);

        extension.PreviousDueDate.ShouldBe(new DateOnly(2026, 10, 26));
        deadline.DueDate.ShouldBe(Calendar.AddWorkingDays(new DateOnly(2026, 10, 26), 20).Value);
        deadline.Extensions.Count.ShouldBe(1);
    }

    [Fact]
    public void Open_WhenTheDueDateFallsIn2027_IsFlaggedUnconfirmedAndRecomputedOnceTheYearIsEntered()
    {
        var deadline = OpenOn("2026-12-21");
        deadline.CalendarUnconfirmed.ShouldBeTrue();

        var with2027 = new WorkingDayCalendar([.. OfficialCalendarData.Schedules,
            new YearSchedule(2027, "https://www.gov.cn/example", [new ListedDay(new DateOnly(2027, 1, 4), true, "元旦")])]);
        deadline.Recompute(with2027).ShouldBeTrue();

        deadline.CalendarUnconfirmed.ShouldBeFalse();
        deadline.DueDate.ShouldBe(with2027.AddWorkingDays(new DateOnly(2026, 12, 21), 20).Value);
    }

    [Fact]
    public void Evaluate_APartysPeriodPastItsEnd_HasElapsedAndIsNeverDueSoonOrOverdue()
    {
        var deadline = Deadline.Open(Statement, Guid.NewGuid(), new DeadlineSubject("enforcement", "EnforcementCase", Guid.NewGuid(), "小江综执立〔2026〕3号", "/workspace/x"),
            new DateOnly(2026, 9, 21), Calendar, OpenedAt);
        deadline.DueDate.ShouldBe(new DateOnly(2026, 9, 24));

        deadline.Evaluate(new DateOnly(2026, 9, 24), Calendar);
        deadline.State.ShouldBe(DeadlineState.Pending);   // the last day: no yellow warning for someone else's period
        deadline.Evaluate(new DateOnly(2026, 9, 25), Calendar).ShouldBeTrue();

        deadline.State.ShouldBe(DeadlineState.Elapsed);
        deadline.IsOpen.ShouldBeFalse();
        DeadlineLabels.State(deadline.State, deadline.Owner).ShouldBe("期满");
    }

    [Fact]
    public void Meet_APartysPeriodActedOnAfterItsEnd_IsElapsedNotMetLate()
    {
        var deadline = Deadline.Open(Statement, Guid.NewGuid(), new DeadlineSubject("enforcement", "EnforcementCase", Guid.NewGuid(), "小江综执立〔2026〕3号", "/workspace/x"),
            new DateOnly(2026, 9, 21), Calendar, OpenedAt);

        deadline.Meet(new DateOnly(2026, 9, 30));

        deadline.State.ShouldBe(DeadlineState.Elapsed);
        DeadlineLabels.State(DeadlineState.Overdue, DeadlineOwner.Party).ShouldNotContain("逾期");
    }
}
