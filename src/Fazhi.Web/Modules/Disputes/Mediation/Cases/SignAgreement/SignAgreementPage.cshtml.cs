using Fazhi.Modules.Disputes.Intake;
using Fazhi.Modules.Disputes.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Disputes.Mediation.Cases.SignAgreement;

/// <summary>The step's own page: the form alone (the record's page embeds it too), and where it posts.</summary>
internal sealed class SignAgreementPage(SignAgreementHandler handler, Fazhi.Modules.Disputes.Mediation.Cases.CaseQueries records, TownshipDirectory directory, IntakeDesk intake) : PageModel, IStepPage
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public MediationCase Record { get; private set; } = null!;

    public FormChoices Choices { get; private set; } = null!;

    public SignAgreementRequest Form { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    [WhoMay<SignaturesRecordedByClerkOrLeader>]
    public async Task<IActionResult> OnPostAsync(SignAgreementRequest form, CancellationToken ct)
    {
        Form = form;
        var record = await handler.HandleAsync(User.ToActor(), Id, form, ct);
        TempData["Flash"] = record.IsEffective ? $"调解协议书已于 {record.AgreementEffectiveOn:yyyy-MM-dd} 生效；当事人可在三十日内共同申请司法确认。" : $"已登记签名盖章。调解协议书尚未生效，尚缺：{string.Join("、", record.MissingForEffect())}。";
        return Redirect($"/workspace/disputes/mediation/cases/{Id}");
    }

    public async Task<bool> LoadAsync(CancellationToken ct)
    {
        var record = await records.FindAsync(Id, ct);
        if (record is null)
        {
            return false;
        }

        Record = record;
        Choices = await FormChoices.LoadAsync(directory, record.TownshipId, intake.Today, ct);
        Form ??= Blank(Record, Choices);
        return true;
    }

    public static SignAgreementRequest Blank(MediationCase record, FormChoices choices) => new([.. record.Parties.Select(p => new PartySignatureRequest(p.Id, p.SignedOn))], record.MediatorSigner ?? (record.Mediators.Count > 0 ? record.Mediators[0].Name : null), record.MediatorSignedOn, record.CommitteeSealedOn);
}
