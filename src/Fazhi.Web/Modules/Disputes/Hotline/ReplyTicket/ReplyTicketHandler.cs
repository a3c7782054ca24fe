using System.ComponentModel.DataAnnotations;
using Fazhi.Modules.Disputes.Intake;
using Fazhi.Modules.Disputes.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Deadlines;
using Fazhi.Platform.ErrorHandling;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Disputes.Hotline.ReplyTicket;

public sealed record ReplyTicketRequest(
    [Required(ErrorMessage = "请填写答复内容。"), MaxLength(4000, ErrorMessage = "答复内容不超过 4000 字。")] string Text,
    DateOnly? RepliedOn);

internal sealed class TicketAnsweredByStaff() : WhoMayRule(
    "disputes.hotline.reply.who", "12345 工单由承办科室工作人员或领导答复。", Roles.LegalClerk, Roles.EnforcementOfficer, Roles.Leader);

internal sealed class ReplyTicketHandler(FazhiDbContext db, Fazhi.Modules.Disputes.Hotline.HotlineDesk desk, IntakeDesk intake, IDeadlines deadlines)
{
    public async Task<HotlineTicket> HandleAsync(Actor actor, Guid id, ReplyTicketRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        WhoMayRule.Of<TicketAnsweredByStaff>().Check(actor);
        var t = await desk.GetAsync(id, ct);
        var on = request.RepliedOn ?? intake.Today;
        BusinessRule.Check(new Rules.DateNotInFuture(on, intake.Today, "答复日期", "repliedOn"));
        t.Reply(request.Text, on, IntakeDesk.By(actor));
        await deadlines.MeetAsync(DisputeDeadlines.HotlineHandlingCode, t.Id, on, ct);
        var matter = await intake.GetAsync(t.MatterId, ct);
        if (matter.IsOpen)
        {
            matter.Reply(request.Text, on, IntakeDesk.By(actor), final: true);
        }
        await db.SaveChangesAsync(ct);
        return t;
    }
}
