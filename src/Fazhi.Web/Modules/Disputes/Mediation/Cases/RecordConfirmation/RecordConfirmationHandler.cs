using System.ComponentModel.DataAnnotations;
using Fazhi.Modules.Disputes.Intake;
using Fazhi.Modules.Disputes.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Deadlines;
using Fazhi.Platform.ErrorHandling;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Disputes.Mediation.Cases.RecordConfirmation;

public sealed record RecordConfirmationRequest(
    [Required(ErrorMessage = "请填写申请日期。")] DateOnly? AppliedOn,
    [Required(ErrorMessage = "请填写受理的人民法院。"), MaxLength(100, ErrorMessage = "不超过 100 字。")] string Court,
    DateOnly? ConfirmedOn);

internal sealed class ConfirmationRecordedByClerkOrLeader() : WhoMayRule(
    "disputes.mediation.confirmation.who", "司法确认情况由法制员（司法所）或领导登记（《人民调解法》第三十三条）。", Roles.LegalClerk, Roles.Leader);

internal sealed class RecordConfirmationHandler(FazhiDbContext db, Fazhi.Modules.Disputes.Mediation.Cases.CaseQueries cases, IntakeDesk intake, IDeadlines deadlines)
{
    public async Task<MediationCase> HandleAsync(Actor actor, Guid id, RecordConfirmationRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        WhoMayRule.Of<ConfirmationRecordedByClerkOrLeader>().Check(actor);
        var c = await cases.GetAsync(id, ct);
        BusinessRule.Check(new Rules.DateNotInFuture(request.AppliedOn!.Value, intake.Today, "申请日期", "appliedOn"));
        c.RecordJudicialConfirmation(request.AppliedOn.Value, request.Court, request.ConfirmedOn);
        await deadlines.MeetAsync(DisputeDeadlines.JudicialConfirmationCode, c.Id, request.AppliedOn.Value, ct);
        await db.SaveChangesAsync(ct);
        return c;
    }
}
