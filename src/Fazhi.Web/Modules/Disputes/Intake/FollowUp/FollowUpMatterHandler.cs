using System.ComponentModel.DataAnnotations;
using Fazhi.Modules.Disputes.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.ErrorHandling;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Disputes.Intake.FollowUp;

public sealed record FollowUpMatterRequest(
    [EnumDataType(typeof(Satisfaction), ErrorMessage = "请选择满意度。")] Satisfaction Satisfaction,
    DateOnly? FollowUpOn,
    [MaxLength(1000, ErrorMessage = "回访情况不超过 1000 字。")] string? Note);

/// <summary>回访 is made by the intake office (司法所) or a leader, not by the office that handled the matter.</summary>
internal sealed class MatterFollowedUpByClerkOrLeader() : WhoMayRule(
    "disputes.matter.follow-up.who", "回访由法制员（司法所）或领导进行，不由承办人自评。", Roles.LegalClerk, Roles.Leader);

internal sealed class FollowUpMatterHandler(FazhiDbContext db, MatterQueries matters, IntakeDesk intake)
{
    public async Task<Matter> HandleAsync(Actor actor, Guid id, FollowUpMatterRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        WhoMayRule.Of<MatterFollowedUpByClerkOrLeader>().Check(actor);
        var matter = await matters.GetAsync(id, ct);
        var on = request.FollowUpOn ?? intake.Today;
        BusinessRule.Check(new Rules.DateNotInFuture(on, intake.Today, "回访日期", "followUpOn"));
        matter.RecordFollowUp(request.Satisfaction, on, request.Note);
        await db.SaveChangesAsync(ct);
        return matter;
    }
}
