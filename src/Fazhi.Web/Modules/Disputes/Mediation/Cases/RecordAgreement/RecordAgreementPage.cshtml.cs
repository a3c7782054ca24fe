using Fazhi.Modules.Disputes.Intake;
using Fazhi.Modules.Disputes.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Disputes.Mediation.Cases.RecordAgreement;

/// <summary>The step's own page: the form alone (the record's page embeds it too), and where it posts.</summary>
internal sealed class RecordAgreementPage(RecordAgreementHandler handler, Fazhi.Modules.Disputes.Mediation.Cases.CaseQueries records, TownshipDirectory directory, IntakeDesk intake) : PageModel, IStepPage
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public MediationCase Record { get; private set; } = null!;

    public FormChoices Choices { get; private set; } = null!;

    public RecordAgreementRequest Form { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    [WhoMay<AgreementRecordedByClerkOrLeader>]
    public async Task<IActionResult> OnPostAsync(RecordAgreementRequest form, CancellationToken ct)
    {
        Form = form;
        var record = await handler.HandleAsync(User.ToActor(), Id, form, ct);
        TempData["Flash"] = record.AgreementForm == AgreementForm.Written ? "已登记调解协议书。协议书须经各方当事人签名（盖章或按指印）、调解员签名并加盖调解委员会印章后生效，请打印协议书签署后登记。" : "已登记口头调解协议，自达成之日起生效（第三十条）。";
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

    public static RecordAgreementRequest Blank(MediationCase record, FormChoices choices) => new(AgreementForm.Written, "", "一次性支付", choices.Today.AddDays(30), choices.Today);
}
