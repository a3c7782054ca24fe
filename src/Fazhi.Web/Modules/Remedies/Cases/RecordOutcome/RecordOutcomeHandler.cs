using System.ComponentModel.DataAnnotations;
using Fazhi.Modules.Remedies.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Remedies.Cases.RecordOutcome;

/// <summary>The 行政复议决定 or the court's judgment or ruling.</summary>
public sealed record RecordOutcomeRequest(
    [Required(ErrorMessage = "请选择结果。"), EnumDataType(typeof(RemedyOutcome), ErrorMessage = "请选择结果。")] RemedyOutcome? Outcome,
    [Required(ErrorMessage = "请填写决定（裁判）日期。")] DateOnly? On,
    [Required(ErrorMessage = "请填写决定（裁判）要旨。"), MaxLength(4000, ErrorMessage = "要旨不超过 4000 字。")] string Summary);

internal sealed class OutcomesRecordedByClerkOrLeader() : WhoMayRule(
    "remedies.cases.outcome.who", "复议决定、裁判结果由法制员或领导登记。", Roles.LegalClerk, Roles.Leader);

internal sealed class RecordOutcomeHandler(CaseDesk desk)
{
    public async Task<RemedyCase?> HandleAsync(Actor actor, Guid id, RecordOutcomeRequest form, CancellationToken ct)
    {
        WhoMayRule.Of<OutcomesRecordedByClerkOrLeader>().Check(actor);
        if (await desk.FindAsync(id, ct) is not { } c)
        {
            return null;
        }

        c.Decide(form.Outcome!.Value, form.On!.Value, form.Summary, desk.Today);
        await desk.Db.SaveChangesAsync(ct);
        return c;
    }
}
