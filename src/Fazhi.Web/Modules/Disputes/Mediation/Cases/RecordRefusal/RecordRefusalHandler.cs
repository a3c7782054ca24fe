using System.ComponentModel.DataAnnotations;
using Fazhi.Modules.Disputes.Intake;
using Fazhi.Modules.Disputes.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.ErrorHandling;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Disputes.Mediation.Cases.RecordRefusal;

public sealed record RecordRefusalRequest(
    [Required(ErrorMessage = "请选择拒绝调解的当事人。"), MaxLength(100)] string PartyName,
    DateOnly? RefusedOn,
    [Required(ErrorMessage = "请记录当事人拒绝的意思表示。"), MaxLength(1000, ErrorMessage = "不超过 1000 字。")] string Reason);

internal sealed class RefusalRecordedByClerkOrLeader() : WhoMayRule(
    "disputes.mediation.refusal.who", "当事人拒绝调解由法制员（司法所）或领导登记（《人民调解法》第十七条）。", Roles.LegalClerk, Roles.Leader);

internal sealed class RecordRefusalHandler(FazhiDbContext db, Fazhi.Modules.Disputes.Mediation.Cases.CaseQueries cases, IntakeDesk intake, Fazhi.Modules.Disputes.Mediation.Cases.CaseOutcomes outcomes)
{
    public async Task<MediationCase> HandleAsync(Actor actor, Guid id, RecordRefusalRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        WhoMayRule.Of<RefusalRecordedByClerkOrLeader>().Check(actor);
        var c = await cases.GetAsync(id, ct);
        var on = request.RefusedOn ?? intake.Today;
        BusinessRule.Check(new Rules.DateNotInFuture(on, intake.Today, "拒绝调解日期", "refusedOn"));
        c.Refuse(request.PartyName, on, request.Reason);
        await outcomes.EndedWithoutAgreementAsync(c, IntakeDesk.By(actor), deadlinesOpen: true, ct);
        await db.SaveChangesAsync(ct);
        return c;
    }
}
