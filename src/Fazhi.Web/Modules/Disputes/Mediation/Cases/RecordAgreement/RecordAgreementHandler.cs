using System.ComponentModel.DataAnnotations;
using Fazhi.Modules.Disputes.Intake;
using Fazhi.Modules.Disputes.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.ErrorHandling;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Disputes.Mediation.Cases.RecordAgreement;

public sealed record RecordAgreementRequest(
    [EnumDataType(typeof(AgreementForm), ErrorMessage = "请选择协议形式。")] AgreementForm Form,
    [Required(ErrorMessage = "请填写协议内容。"), MaxLength(4000, ErrorMessage = "协议内容不超过 4000 字。")] string Terms,
    [MaxLength(500, ErrorMessage = "履行方式不超过 500 字。")] string? PerformanceManner,
    DateOnly? PerformanceDueOn,
    DateOnly? ReachedOn);

internal sealed class AgreementRecordedByClerkOrLeader() : WhoMayRule(
    "disputes.mediation.agreement.who", "调解协议由法制员（司法所）或领导登记（《人民调解法》第二十八条）。", Roles.LegalClerk, Roles.Leader);

internal sealed class RecordAgreementHandler(FazhiDbContext db, Fazhi.Modules.Disputes.Mediation.Cases.CaseQueries cases, IntakeDesk intake, Fazhi.Modules.Disputes.Mediation.Cases.CaseOutcomes outcomes)
{
    public async Task<MediationCase> HandleAsync(Actor actor, Guid id, RecordAgreementRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        WhoMayRule.Of<AgreementRecordedByClerkOrLeader>().Check(actor);
        var c = await cases.GetAsync(id, ct);
        var reached = request.ReachedOn ?? intake.Today;
        BusinessRule.Check(new Rules.DateNotInFuture(reached, intake.Today, "达成协议日期", "reachedOn"));
        if (request.Form == AgreementForm.Written)
        {
            c.RecordWrittenAgreement(request.Terms, request.PerformanceManner ?? "", request.PerformanceDueOn, reached);
        }
        else
        {
            c.RecordOralAgreement(request.Terms, reached, request.PerformanceDueOn);
            await outcomes.AgreementTookEffectAsync(c, IntakeDesk.By(actor), deadlinesOpen: true, ct);
        }
        await db.SaveChangesAsync(ct);
        return c;
    }
}
