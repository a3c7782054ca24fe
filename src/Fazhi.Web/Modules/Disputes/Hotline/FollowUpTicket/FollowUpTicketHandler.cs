using System.ComponentModel.DataAnnotations;
using Fazhi.Modules.Disputes.Intake;
using Fazhi.Modules.Disputes.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.ErrorHandling;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Disputes.Hotline.FollowUpTicket;

public sealed record FollowUpTicketRequest(
    [EnumDataType(typeof(Satisfaction), ErrorMessage = "请选择满意度。")] Satisfaction Satisfaction,
    DateOnly? FollowUpOn,
    [MaxLength(1000, ErrorMessage = "不超过 1000 字。")] string? Note);

internal sealed class TicketFollowedUpByClerkOrLeader() : WhoMayRule(
    "disputes.hotline.follow-up.who", "12345 工单回访由法制员（热线工作人员）或领导进行，不由承办人自评。", Roles.LegalClerk, Roles.Leader);

internal sealed class FollowUpTicketHandler(FazhiDbContext db, Fazhi.Modules.Disputes.Hotline.HotlineDesk desk, IntakeDesk intake)
{
    public async Task<HotlineTicket> HandleAsync(Actor actor, Guid id, FollowUpTicketRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        WhoMayRule.Of<TicketFollowedUpByClerkOrLeader>().Check(actor);
        var t = await desk.GetAsync(id, ct);
        var on = request.FollowUpOn ?? intake.Today;
        BusinessRule.Check(new Rules.DateNotInFuture(on, intake.Today, "回访日期", "followUpOn"));
        t.RecordFollowUp(request.Satisfaction, on, request.Note);
        var matter = await intake.GetAsync(t.MatterId, ct);
        if (matter.IsOpen)
        {
            matter.RecordFollowUp(request.Satisfaction, on, request.Note);
            matter.EndByProcedure(on, t.ReplyText ?? "", IntakeDesk.By(actor));
        }
        await db.SaveChangesAsync(ct);
        return t;
    }
}
