using System.ComponentModel.DataAnnotations;
using Fazhi.Modules.Disputes.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Deadlines;
using Fazhi.Platform.ErrorHandling;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Disputes.Intake.Reply;

public sealed record ReplyMatterRequest(
    [Required(ErrorMessage = "请填写答复内容。"), MaxLength(4000, ErrorMessage = "答复内容不超过 4000 字。")] string Text,
    DateOnly? RepliedOn,
    bool Final);

/// <summary>The office that handles a matter answers it: any member of staff except the legal advisor.</summary>
internal sealed class MatterAnsweredByStaff() : WhoMayRule(
    "disputes.matter.reply.who", "群众诉求由承办科室工作人员或领导答复。", Roles.LegalClerk, Roles.EnforcementOfficer, Roles.Leader);

internal sealed class ReplyMatterHandler(FazhiDbContext db, MatterQueries matters, IntakeDesk intake, IDeadlines deadlines)
{
    public async Task<Matter> HandleAsync(Actor actor, Guid id, ReplyMatterRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        WhoMayRule.Of<MatterAnsweredByStaff>().Check(actor);
        var matter = await matters.GetAsync(id, ct);
        var on = request.RepliedOn ?? intake.Today;
        BusinessRule.Check(new Rules.DateNotInFuture(on, intake.Today, "答复日期", "repliedOn"));
        matter.Reply(request.Text, on, IntakeDesk.By(actor), request.Final);
        if (request.Final)
        {
            await deadlines.MeetAsync(DisputeDeadlines.MatterReplyCode, matter.Id, on, ct);
        }

        await db.SaveChangesAsync(ct);
        return matter;
    }
}
