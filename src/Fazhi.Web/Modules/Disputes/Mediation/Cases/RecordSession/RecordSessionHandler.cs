using System.ComponentModel.DataAnnotations;
using Fazhi.Modules.Disputes.Intake;
using Fazhi.Modules.Disputes.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.ErrorHandling;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Disputes.Mediation.Cases.RecordSession;

public sealed record RecordSessionRequest(
    [Required(ErrorMessage = "请填写调解日期。")] DateOnly? HeldOn,
    [Required(ErrorMessage = "请填写调解地点。"), MaxLength(200, ErrorMessage = "地点不超过 200 字。")] string Place,
    [Required(ErrorMessage = "请填写参加人员。"), MaxLength(500, ErrorMessage = "参加人员不超过 500 字。")] string Participants,
    [Required(ErrorMessage = "请填写调解情况。"), MaxLength(4000, ErrorMessage = "调解情况不超过 4000 字。")] string Record);

internal sealed class SessionRecordedByClerkOrLeader() : WhoMayRule(
    "disputes.mediation.session.who", "调解记录由法制员（司法所）或领导登记（《人民调解法》第二十七条）。", Roles.LegalClerk, Roles.Leader);

internal sealed class RecordSessionHandler(FazhiDbContext db, Fazhi.Modules.Disputes.Mediation.Cases.CaseQueries cases, IntakeDesk intake)
{
    public async Task<MediationCase> HandleAsync(Actor actor, Guid id, RecordSessionRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        WhoMayRule.Of<SessionRecordedByClerkOrLeader>().Check(actor);
        var c = await cases.GetAsync(id, ct);
        BusinessRule.Check(new Rules.DateNotInFuture(request.HeldOn!.Value, intake.Today, "调解日期", "heldOn"));
        db.Add(c.RecordSession(request.HeldOn.Value, request.Place, request.Participants, request.Record));
        await db.SaveChangesAsync(ct);
        return c;
    }
}
