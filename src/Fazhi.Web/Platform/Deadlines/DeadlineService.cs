using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Deadlines.Rules;
using Fazhi.Platform.ErrorHandling;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Time;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Platform.Deadlines;

/// <summary>The one deadline service (issue 2 §5): modules open, meet and cancel; leaders extend. Never saves.</summary>
internal sealed class DeadlineService(FazhiDbContext db, ICalendarProvider calendars, TimeProvider clock) : IDeadlines
{
    public async Task<DeadlineInfo> OpenAsync(DeadlineRule rule, Guid townshipId, DeadlineSubject subject, DateOnly start, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(subject);
        var calendar = await calendars.GetAsync(cancellationToken);
        var deadline = Deadline.Open(rule, townshipId, subject, start, calendar, clock.GetUtcNow());
        db.Add(deadline);
        return deadline.ToInfo();
    }

    public async Task<DeadlineInfo?> MeetAsync(string ruleCode, Guid subjectId, DateOnly metOn, CancellationToken cancellationToken)
    {
        var deadline = await FindOpenAsync(ruleCode, subjectId, cancellationToken);
        deadline?.Meet(metOn);
        return deadline?.ToInfo();
    }

    public async Task CancelAsync(string ruleCode, Guid subjectId, string reason, CancellationToken cancellationToken)
    {
        var deadline = await FindOpenAsync(ruleCode, subjectId, cancellationToken);
        deadline?.Cancel(reason);
    }

    public async Task<int> EndWaitingPeriodsAsync(Guid subjectId, string reason, CancellationToken cancellationToken)
    {
        var running = await db.Set<Deadline>()
            .Where(d => d.SubjectId == subjectId && d.Owner != DeadlineOwner.Government
                && (d.State == DeadlineState.Pending || d.State == DeadlineState.DueSoon || d.State == DeadlineState.Overdue))
            .ToListAsync(cancellationToken);
        foreach (var deadline in running)
        {
            deadline.Cancel(reason);
        }

        return running.Count;
    }

    public async Task<IReadOnlyList<DeadlineInfo>> ForSubjectAsync(Guid subjectId, CancellationToken cancellationToken)
    {
        var deadlines = await db.Set<Deadline>().AsNoTracking()
            .Where(d => d.SubjectId == subjectId)
            .OrderBy(d => d.StartDate).ThenBy(d => d.DueDate)
            .ToListAsync(cancellationToken);
        return [.. deadlines.Select(d => d.ToInfo())];
    }

    public async Task<DueDate> ComputeDueAsync(DeadlineRule rule, DateOnly start, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var calendar = await calendars.GetAsync(cancellationToken);
        var due = Deadline.ComputeDue(rule.Kind, rule.RollOverRestDay, start, rule.Period, calendar);
        return new DueDate(due.Value, due.Unconfirmed);
    }

    public async Task<DeadlineInfo> ExtendAsync(Guid deadlineId, int days, string reason, Actor approver, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(approver);
        WhoMayRule.Of<DeadlineExtendedByLeader>().Check(approver);
        var deadline = await db.Set<Deadline>().Include(d => d.Extensions).SingleOrDefaultAsync(d => d.Id == deadlineId, cancellationToken)
            ?? throw new BusinessRuleException("deadlines.not-found", "期限不存在或无权访问。");
        var calendar = await calendars.GetAsync(cancellationToken);
        var extension = deadline.Extend(days, reason, new DeadlineApprover(approver.UserId, approver.Name, approver.IsIn(Roles.Leader)), calendar, clock.GetUtcNow());
        // The extension is a new child row; add it explicitly so EF inserts it rather than updating a missing row.
        db.Add(extension);
        return deadline.ToInfo();
    }

    private Task<Deadline?> FindOpenAsync(string ruleCode, Guid subjectId, CancellationToken ct) =>
        db.Set<Deadline>()
            .Where(d => d.RuleCode == ruleCode && d.SubjectId == subjectId
                && (d.State == DeadlineState.Pending || d.State == DeadlineState.DueSoon || d.State == DeadlineState.Overdue))
            .OrderBy(d => d.DueDate)
            .FirstOrDefaultAsync(ct);
}
