using System.ComponentModel.DataAnnotations;
using Fazhi.Modules.Remedies.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Remedies.Cases.Register;

/// <summary>登记: the copy of the application (行政复议) or of the complaint (行政诉讼) reached the township.</summary>
public sealed record RegisterCaseRequest(
    [EnumDataType(typeof(RemedyKind), ErrorMessage = "请选择案件类型。")] RemedyKind Kind,
    [Required(ErrorMessage = "请填写案号。"), MaxLength(100, ErrorMessage = "案号不超过 100 字。")] string CaseNumber,
    [Required(ErrorMessage = "请填写申请人（原告）。"), MaxLength(200, ErrorMessage = "申请人（原告）不超过 200 字。")] string Claimant,
    [Required(ErrorMessage = "请填写被申请复议或被诉的行政行为。"), MaxLength(500, ErrorMessage = "行政行为不超过 500 字。")] string ChallengedAct,
    [Required(ErrorMessage = "请填写行政复议机关或人民法院。"), MaxLength(100, ErrorMessage = "机关或法院名称不超过 100 字。")] string Organ,
    bool AboutDisclosure,
    bool Simplified,
    [Required(ErrorMessage = "请填写收到副本的日期。")] DateOnly? CopyReceivedOn)
{
    public static RegisterCaseRequest Blank { get; } = new(RemedyKind.Reconsideration, "", "", "", "", false, false, null);
}

/// <summary>The legal clerk keeps the township's 复议应诉 records; a leader may too.</summary>
internal sealed class CasesRegisteredByClerkOrLeader() : WhoMayRule(
    "remedies.cases.register.who", "行政复议、行政应诉案件由法制员或领导登记。", Roles.LegalClerk, Roles.Leader);

internal sealed class RegisterCaseHandler(CaseDesk desk)
{
    public async Task<RemedyCase> HandleAsync(Actor actor, RegisterCaseRequest form, CancellationToken ct)
    {
        WhoMayRule.Of<CasesRegisteredByClerkOrLeader>().Check(actor);
        var townshipId = actor.TownshipId ?? throw new InvalidOperationException("Only township staff register cases against the township.");
        var c = RemedyCase.Register(townshipId, form.Kind, form.CaseNumber, form.Claimant, form.ChallengedAct, form.Organ, form.AboutDisclosure, form.Simplified,
            form.CopyReceivedOn!.Value, desk.Today);
        desk.Db.Add(c);
        await desk.Deadlines.OpenAsync(RemedyDeadlines.AnswerFor(c.Kind, c.Simplified), townshipId, CaseDesk.SubjectOf(c), c.CopyReceivedOn, ct);
        await desk.Db.SaveChangesAsync(ct);
        return c;
    }
}
