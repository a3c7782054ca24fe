using System.ComponentModel.DataAnnotations;
using Fazhi.Modules.Disputes.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Disputes.Intake.Link;

public sealed record LinkMatterRequest(
    [Required(ErrorMessage = "请选择首次登记的事项。")] Guid? FirstMatterId,
    [Required(ErrorMessage = "请说明为何是同一事项。"), MaxLength(500, ErrorMessage = "说明不超过 500 字。")] string Reason);

internal sealed class MatterLinkedByClerkOrLeader() : WhoMayRule(
    "disputes.matter.link.who", "重复反映的事项由法制员（司法所）或领导关联到首次登记的事项。", Roles.LegalClerk, Roles.Leader);

internal sealed class LinkMatterHandler(FazhiDbContext db, MatterQueries matters, IntakeDesk intake)
{
    public async Task<Matter> HandleAsync(Actor actor, Guid id, LinkMatterRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        WhoMayRule.Of<MatterLinkedByClerkOrLeader>().Check(actor);
        var matter = await matters.GetAsync(id, ct);
        await intake.LinkAsync(matter, request.FirstMatterId!.Value, request.Reason, ct);
        await db.SaveChangesAsync(ct);
        return matter;
    }
}
