using System.ComponentModel.DataAnnotations;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Deadlines;
using Fazhi.Platform.Procedures;
using Microsoft.Extensions.Options;

namespace Fazhi.Modules.Enforcement.Cases.Execution;

/// <summary>执行 (行政处罚法 第六十七条、第七十二条): the day the fine was paid and the amount, late fee included.</summary>
public sealed record RecordExecutionRequest(
    DateOnly? On,
    [Range(0, 100000000, ErrorMessage = "金额无效。")] decimal? Paid)
{
    internal static RecordExecutionRequest BlankFor(EnforcementCase @case, DateOnly today, decimal lateFeeRatePerDay) =>
        new(null, (@case.FineAmount ?? 0) + @case.LateFeeOn(today, lateFeeRatePerDay));
}

internal sealed class RecordExecutionHandler(FazhiDbContext db, IDeadlines deadlines, IOptions<EnforcementOptions> options, TimeProvider clock)
{
    public async Task<EnforcementCase?> HandleAsync(Actor actor, Guid id, RecordExecutionRequest request, CancellationToken ct)
    {
        WhoMayRule.Of<ExecutionRecordedByCaseHandlers>().Check(actor);
        if (await db.FindCaseAsync(id, ct) is not { } @case)
        {
            return null;
        }

        var o = options.Value;
        var on = CaseSteps.ActDate(request.On, @case.ServedOn, "执行", Platform.Time.ChinaTime.Today(clock));
        @case.RecordExecution(on, request.Paid, o.LateFeeRatePerDay);
        if (@case.FineAmount is > 0)
        {
            await deadlines.MeetAsync(EnforcementDeadlines.Payment(o).Code, @case.Id, on, ct);
        }

        await db.SaveChangesAsync(ct);
        return @case;
    }
}
