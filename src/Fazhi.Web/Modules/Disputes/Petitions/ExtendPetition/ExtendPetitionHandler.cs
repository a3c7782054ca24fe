using System.ComponentModel.DataAnnotations;
using Fazhi.Modules.Disputes.Intake;
using Fazhi.Modules.Disputes.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Deadlines;
using Fazhi.Platform.ErrorHandling;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Disputes.Petitions.ExtendPetition;

public sealed record ExtendPetitionRequest(
    [Range(1, 30, ErrorMessage = "延长期限应为 1 至 30 日。")] int Days,
    [Required(ErrorMessage = "请写明延期理由。"), MaxLength(1000, ErrorMessage = "不超过 1000 字。")] string Reason,
    DateOnly? NotifiedOn);

internal sealed class PetitionExtendedByLeader() : WhoMayRule(
    "disputes.petition.extension.who", "延长信访事项办理期限须经本机关负责人批准（《信访工作条例》第三十四条），只有领导可以批准。", Roles.Leader);

internal sealed class ExtendPetitionHandler(FazhiDbContext db, Fazhi.Modules.Disputes.Petitions.PetitionQueries petitions, IntakeDesk intake, IDeadlines deadlines)
{
    public async Task<Petition> HandleAsync(Actor actor, Guid id, ExtendPetitionRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        WhoMayRule.Of<PetitionExtendedByLeader>().Check(actor);
        var p = await petitions.GetAsync(id, ct);
        var notified = request.NotifiedOn ?? intake.Today;
        BusinessRule.Check(new Rules.DateNotInFuture(notified, intake.Today, "告知日期", "notifiedOn"));
        BusinessRule.Check(new Rules.PetitionIsBeingHandled(p, "延长办理期限"));
        BusinessRule.Check(new Rules.PetitionExtensionAtMostThirtyDays(p.ExtensionDays, request.Days));
        var handling = (await deadlines.ForSubjectAsync(p.Id, ct)).Single(d => d.RuleCode == DisputeDeadlines.PetitionHandlingCode && d.MetOn is null && d.State != DeadlineState.Cancelled);
        var extended = await deadlines.ExtendAsync(handling.Id, request.Days, request.Reason, actor, ct);
        p.Extend(request.Days, request.Reason, IntakeDesk.By(actor), notified, extended.DueDate);
        await db.SaveChangesAsync(ct);
        return p;
    }
}
