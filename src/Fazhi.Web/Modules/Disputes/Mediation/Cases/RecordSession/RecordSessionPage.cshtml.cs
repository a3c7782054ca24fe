using Fazhi.Modules.Disputes.Intake;
using Fazhi.Modules.Disputes.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Disputes.Mediation.Cases.RecordSession;

/// <summary>The step's own page: the form alone (the record's page embeds it too), and where it posts.</summary>
internal sealed class RecordSessionPage(RecordSessionHandler handler, Fazhi.Modules.Disputes.Mediation.Cases.CaseQueries records, TownshipDirectory directory, IntakeDesk intake) : PageModel, IStepPage
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public MediationCase Record { get; private set; } = null!;

    public FormChoices Choices { get; private set; } = null!;

    public RecordSessionRequest Form { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    [WhoMay<SessionRecordedByClerkOrLeader>]
    public async Task<IActionResult> OnPostAsync(RecordSessionRequest form, CancellationToken ct)
    {
        Form = form;
        var record = await handler.HandleAsync(User.ToActor(), Id, form, ct);
        TempData["Flash"] = "已记录调解情况。";
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

    public static RecordSessionRequest Blank(MediationCase record, FormChoices choices) => new(choices.Today, "镇人民调解室", string.Join("、", record.Parties.Select(p => p.Name).Concat(record.Mediators.Select(m => m.Name))), "");
}
