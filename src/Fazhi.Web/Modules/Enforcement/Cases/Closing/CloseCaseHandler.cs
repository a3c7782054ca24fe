using System.ComponentModel.DataAnnotations;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Deadlines;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Enforcement.Cases.Closing;

/// <summary>结案 (国办发〔2018〕118号 三: 案卷评查): the checks of the case file and the day it was closed.</summary>
public sealed record CloseCaseRequest(
    [Required(ErrorMessage = "请填写案卷检查结果。")] CaseFileChecklist Checklist,
    DateOnly? On)
{
    public static CloseCaseRequest Blank() => new(new CaseFileChecklist(), null);
}

internal sealed class CloseCaseHandler(FazhiDbContext db, IDeadlines deadlines, TimeProvider clock)
{
    public async Task<EnforcementCase?> HandleAsync(Actor actor, Guid id, CloseCaseRequest request, CancellationToken ct)
    {
        WhoMayRule.Of<CaseClosedByClerkOrLeader>().Check(actor);
        if (await db.FindCaseAsync(id, ct) is not { } @case)
        {
            return null;
        }

        @case.Close(request.Checklist, CaseSteps.ActDate(request.On, @case.PaidOn ?? @case.ServedOn, "结案", Platform.Time.ChinaTime.Today(clock)));
        // A closed case leaves no party's period running on the board (ADR 0016).
        await deadlines.EndWaitingPeriodsAsync(@case.Id, "案件已结案", ct);
        await db.SaveChangesAsync(ct);
        return @case;
    }
}
