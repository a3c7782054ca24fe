using System.ComponentModel.DataAnnotations;
using Fazhi.Modules.Disputes.Intake;
using Fazhi.Modules.Disputes.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Deadlines;
using Fazhi.Platform.ErrorHandling;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Disputes.Hotline.ReturnTicket;

public sealed record ReturnTicketRequest(
    DateOnly? ReturnedOn,
    [Required(ErrorMessage = "请写明退单理由。"), MaxLength(1000, ErrorMessage = "不超过 1000 字。")] string Reason);

internal sealed class TicketReturnedByClerkOrLeader() : WhoMayRule(
    "disputes.hotline.return.who", "退单由法制员（热线工作人员）或领导办理并说明理由。", Roles.LegalClerk, Roles.Leader);

internal sealed class ReturnTicketHandler(FazhiDbContext db, Fazhi.Modules.Disputes.Hotline.HotlineDesk desk, IntakeDesk intake, IDeadlines deadlines)
{
    public async Task<HotlineTicket> HandleAsync(Actor actor, Guid id, ReturnTicketRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        WhoMayRule.Of<TicketReturnedByClerkOrLeader>().Check(actor);
        var t = await desk.GetAsync(id, ct);
        var on = request.ReturnedOn ?? intake.Today;
        BusinessRule.Check(new Rules.DateNotInFuture(on, intake.Today, "退单日期", "returnedOn"));
        t.Return(request.Reason, on);
        await deadlines.CancelAsync(DisputeDeadlines.HotlineHandlingCode, t.Id, $"已退单：{t.ReturnReason}", ct);
        var matter = await intake.GetAsync(t.MatterId, ct);
        matter.EndByProcedure(on, $"已退回12345热线中心：{t.ReturnReason}", IntakeDesk.By(actor));
        await db.SaveChangesAsync(ct);
        return t;
    }
}
