using Fazhi.Modules.Disputes.Intake;
using Fazhi.Modules.Disputes.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Disputes.Mediation.Committees.AppointMediator;

/// <summary>The step's own page: the form alone (the record's page embeds it too), and where it posts.</summary>
internal sealed class AppointMediatorPage(AppointMediatorHandler handler, Fazhi.Modules.Disputes.Mediation.Committees.CommitteeQueries records, TownshipDirectory directory, IntakeDesk intake) : PageModel, IStepPage
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public MediationCommittee Record { get; private set; } = null!;

    public FormChoices Choices { get; private set; } = null!;

    public AppointMediatorRequest Form { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    [WhoMay<MediatorAppointedByClerkOrLeader>]
    public async Task<IActionResult> OnPostAsync(AppointMediatorRequest form, CancellationToken ct)
    {
        Form = form;
        var record = await handler.HandleAsync(User.ToActor(), Id, form, ct);
        TempData["Flash"] = $"已聘任调解员{form.Name}。";
        return Redirect($"/workspace/disputes/mediation/committees/{Id}");
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

    public static AppointMediatorRequest Blank(MediationCommittee record, FormChoices choices) => new("", Gender.Male, null, false, null, choices.Today);
}
