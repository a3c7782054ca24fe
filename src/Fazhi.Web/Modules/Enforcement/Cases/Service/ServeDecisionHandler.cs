using System.ComponentModel.DataAnnotations;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Deadlines;
using Fazhi.Platform.Procedures;
using Microsoft.Extensions.Options;

namespace Fazhi.Modules.Enforcement.Cases.Service;

/// <summary>送达 (行政处罚法 第六十一条): the day the decision reached the party and how (直接、留置、邮寄、电子、公告).</summary>
public sealed record ServeDecisionRequest(
    DateOnly? On,
    [Required(ErrorMessage = "请选择送达方式。"), MaxLength(50, ErrorMessage = "送达方式不超过 50 字。")] string Method)
{
    public static ServeDecisionRequest Blank() => new(null, "直接送达");
}

internal sealed class ServeDecisionHandler(FazhiDbContext db, IDeadlines deadlines, IOptions<EnforcementOptions> options, TimeProvider clock)
{
    public async Task<EnforcementCase?> HandleAsync(Actor actor, Guid id, ServeDecisionRequest request, CancellationToken ct)
    {
        WhoMayRule.Of<DecisionServedByCaseHandlers>().Check(actor);
        if (await db.FindCaseAsync(id, ct) is not { } @case)
        {
            return null;
        }

        var o = options.Value;
        var on = CaseSteps.ActDate(request.On, @case.DecidedOn, "送达", Platform.Time.ChinaTime.Today(clock));
        @case.Serve(on, request.Method.Trim(), o.PaymentPeriodDays);
        await deadlines.MeetAsync(EnforcementDeadlines.Service(o).Code, @case.Id, on, ct);
        if (@case.PaymentDueOn is not null)
        {
            await deadlines.OpenAsync(EnforcementDeadlines.Payment(o), @case.TownshipId, CaseSteps.Subject(@case), on, ct);
        }

        await db.SaveChangesAsync(ct);
        return @case;
    }
}
