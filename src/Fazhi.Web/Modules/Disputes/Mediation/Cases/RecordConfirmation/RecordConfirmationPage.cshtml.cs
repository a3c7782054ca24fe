using Fazhi.Modules.Disputes.Intake;
using Fazhi.Modules.Disputes.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Disputes.Mediation.Cases.RecordConfirmation;

/// <summary>The step's own page: the form alone (the record's page embeds it too), and where it posts.</summary>
internal sealed class RecordConfirmationPage(RecordConfirmationHandler handler, Fazhi.Modules.Disputes.Mediation.Cases.CaseQueries records, TownshipDirectory directory, IntakeDesk intake) : PageModel, IStepPage
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public MediationCase Record { get; private set; } = null!;

    public FormChoices Choices { get; private set; } = null!;

    public RecordConfirmationRequest Form { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    [WhoMay<ConfirmationRecordedByClerkOrLeader>]
    public async Task<IActionResult> OnPostAsync(RecordConfirmationRequest form, CancellationToken ct)
    {
        Form = form;
        var record = await handler.HandleAsync(User.ToActor(), Id, form, ct);
        TempData["Flash"] = "已登记司法确认申请。";
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

    public static RecordConfirmationRequest Blank(MediationCase record, FormChoices choices) => new(choices.Today, "县人民法院", null);
}
