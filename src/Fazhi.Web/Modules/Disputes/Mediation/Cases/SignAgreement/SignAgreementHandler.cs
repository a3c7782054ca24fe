using System.ComponentModel.DataAnnotations;
using Fazhi.Modules.Disputes.Intake;
using Fazhi.Modules.Disputes.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.ErrorHandling;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Disputes.Mediation.Cases.SignAgreement;

public sealed record PartySignatureRequest(
    [Required(ErrorMessage = "缺少当事人。")] Guid? PartyId,
    DateOnly? SignedOn);

public sealed record SignAgreementRequest(
    List<PartySignatureRequest>? Signatures,
    [MaxLength(100, ErrorMessage = "调解员姓名不超过 100 字。")] string? MediatorSigner,
    DateOnly? MediatorSignedOn,
    DateOnly? SealedOn);

internal sealed class SignaturesRecordedByClerkOrLeader() : WhoMayRule(
    "disputes.mediation.signatures.who", "调解协议书的签名、盖章由法制员（司法所）或领导登记（《人民调解法》第二十九条）。", Roles.LegalClerk, Roles.Leader);

internal sealed class SignAgreementHandler(FazhiDbContext db, Fazhi.Modules.Disputes.Mediation.Cases.CaseQueries cases, IntakeDesk intake, Fazhi.Modules.Disputes.Mediation.Cases.CaseOutcomes outcomes)
{
    public async Task<MediationCase> HandleAsync(Actor actor, Guid id, SignAgreementRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        WhoMayRule.Of<SignaturesRecordedByClerkOrLeader>().Check(actor);
        var c = await cases.GetAsync(id, ct);
        var signatures = (request.Signatures ?? []).Where(s => s.PartyId is not null && s.SignedOn is not null).ToDictionary(s => s.PartyId!.Value, s => s.SignedOn!.Value);
        foreach (var day in signatures.Values.Append(request.MediatorSignedOn ?? intake.Today).Append(request.SealedOn ?? intake.Today))
        {
            BusinessRule.Check(new Rules.DateNotInFuture(day, intake.Today, "签名、盖章日期", "signedOn"));
        }

        if (c.Sign(signatures, request.MediatorSigner, request.MediatorSignedOn, request.SealedOn))
        {
            await outcomes.AgreementTookEffectAsync(c, IntakeDesk.By(actor), deadlinesOpen: true, ct);
        }
        await db.SaveChangesAsync(ct);
        return c;
    }
}
