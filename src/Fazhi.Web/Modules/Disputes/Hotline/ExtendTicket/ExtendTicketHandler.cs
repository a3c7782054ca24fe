using System.ComponentModel.DataAnnotations;
using Fazhi.Modules.Disputes.Intake;
using Fazhi.Modules.Disputes.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Deadlines;
using Fazhi.Platform.ErrorHandling;
using Fazhi.Platform.Procedures;
using Microsoft.Extensions.Options;

namespace Fazhi.Modules.Disputes.Hotline.ExtendTicket;

public sealed record ExtendTicketRequest(
    [Range(1, 30, ErrorMessage = "延期天数应为 1 至 30 个工作日。")] int Days,
    [Required(ErrorMessage = "请写明延期理由。"), MaxLength(1000, ErrorMessage = "不超过 1000 字。")] string Reason,
    [MaxLength(200, ErrorMessage = "不超过 200 字。")] string? CentreApproval);

internal sealed class TicketExtendedByLeader() : WhoMayRule(
    "disputes.hotline.extension.who", "工单延期须经镇领导批准并报热线中心同意，只有领导可以批准延期。", Roles.Leader);

internal sealed class ExtendTicketHandler(FazhiDbContext db, Fazhi.Modules.Disputes.Hotline.HotlineDesk desk, IDeadlines deadlines, IOptions<DisputesOptions> options)
{
    public async Task<HotlineTicket> HandleAsync(Actor actor, Guid id, ExtendTicketRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        WhoMayRule.Of<TicketExtendedByLeader>().Check(actor);
        var t = await desk.GetAsync(id, ct);
        BusinessRule.Check(new Rules.TicketStillInHand(t, "延期"));
        BusinessRule.Check(new Rules.TicketExtensionApprovedByTheCentre(request.CentreApproval ?? ""));
        BusinessRule.Check(new Rules.TicketExtensionWithinLimit(t.ExtensionDays, request.Days, options.Value.HotlineMaxExtensionWorkingDays));
        var handling = (await deadlines.ForSubjectAsync(t.Id, ct)).Single(d => d.RuleCode == DisputeDeadlines.HotlineHandlingCode && d.MetOn is null && d.State != DeadlineState.Cancelled);
        var extended = await deadlines.ExtendAsync(handling.Id, request.Days, request.Reason, actor, ct);
        t.Extend(request.Days, request.Reason, request.CentreApproval!, IntakeDesk.By(actor), extended.DueDate, options.Value.HotlineMaxExtensionWorkingDays);
        await db.SaveChangesAsync(ct);
        return t;
    }
}
