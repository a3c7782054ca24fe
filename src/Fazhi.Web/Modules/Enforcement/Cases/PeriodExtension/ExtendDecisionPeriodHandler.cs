using System.ComponentModel.DataAnnotations;
using Fazhi.Modules.Enforcement.Cases.Rules;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Deadlines;
using Fazhi.Platform.ErrorHandling;
using Fazhi.Platform.Procedures;
using Microsoft.Extensions.Options;

namespace Fazhi.Modules.Enforcement.Cases.PeriodExtension;

/// <summary>延长办案期限 (行政处罚法 第六十条): the leader's approval, its day and the reason accepted.</summary>
public sealed record ExtendDecisionPeriodRequest(
    DateOnly? ApprovedOn,
    [Required(ErrorMessage = "请填写延长理由。"), MaxLength(1000, ErrorMessage = "延长理由不超过 1000 字。")] string Reason)
{
    public static ExtendDecisionPeriodRequest Blank() => new(null, "");
}

/// <summary>
/// 行政处罚法 第60条: a leader extends the 90-day decision period by the configured days; the case records the approval
/// and the decision deadline on the 待办与预警 board moves, in one save (and so one audit transaction).
/// </summary>
internal sealed class ExtendDecisionPeriodHandler(FazhiDbContext db, IDeadlines deadlines, IOptions<EnforcementOptions> options, TimeProvider clock)
{
    public async Task<EnforcementCase?> HandleAsync(Actor actor, Guid id, ExtendDecisionPeriodRequest request, CancellationToken ct)
    {
        WhoMayRule.Of<DecisionPeriodExtendedByResponsiblePerson>().Check(actor);
        if (await db.FindCaseAsync(id, ct) is not { } @case)
        {
            return null;
        }

        var o = options.Value;
        var on = CaseSteps.ActDate(request.ApprovedOn, @case.FiledOn, "批准延长办案期限", Platform.Time.ChinaTime.Today(clock), nameof(request.ApprovedOn));
        var rule = EnforcementDeadlines.Decision(o);
        var running = (await deadlines.ForSubjectAsync(@case.Id, ct))
            .Where(d => d.RuleCode == rule.Code && d.State is DeadlineState.Pending or DeadlineState.DueSoon or DeadlineState.Overdue)
            .OrderBy(d => d.DueDate)
            .FirstOrDefault();
        // The case's own rules first (a decided case says so), then the period on the board must still be running.
        @case.CheckDecisionExtension(on, running?.DueDate ?? on, request.Reason, o);
        BusinessRule.Check(new DecisionPeriodRunning(running is not null));
        var extended = await deadlines.ExtendAsync(running!.Id, o.DecisionExtensionDays, request.Reason.Trim(), actor, ct);
        // A new child of the loaded case: inserted on save (Guid keys are never store-generated, see FazhiDbContext).
        @case.ExtendDecisionPeriod(on, running.DueDate, extended.DueDate, request.Reason, actor.UserId, actor.Name, o);
        await db.SaveChangesAsync(ct);
        return @case;
    }
}
