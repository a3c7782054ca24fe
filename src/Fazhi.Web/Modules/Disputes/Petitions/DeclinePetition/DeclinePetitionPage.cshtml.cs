using Fazhi.Modules.Disputes.Intake;
using Fazhi.Modules.Disputes.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Disputes.Petitions.DeclinePetition;

/// <summary>The step's own page: the form alone (the record's page embeds it too), and where it posts.</summary>
internal sealed class DeclinePetitionPage(DeclinePetitionHandler handler, Fazhi.Modules.Disputes.Petitions.PetitionQueries records, TownshipDirectory directory, IntakeDesk intake) : PageModel, IStepPage
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public Petition Record { get; private set; } = null!;

    public FormChoices Choices { get; private set; } = null!;

    public DeclinePetitionRequest Form { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    [WhoMay<PetitionDeclinedByClerkOrLeader>]
    public async Task<IActionResult> OnPostAsync(DeclinePetitionRequest form, CancellationToken ct)
    {
        Form = form;
        var record = await handler.HandleAsync(User.ToActor(), Id, form, ct);
        TempData["Flash"] = $"已不予受理并告知信访人：该事项已由{record.AcceptedElsewhereBy}受理或正在办理。";
        return Redirect($"/workspace/disputes/petitions/{Id}");
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

    public static DeclinePetitionRequest Blank(Petition record, FormChoices choices) => new(choices.Today, "", "该信访事项已经受理、正在办理期限内，信访人又提出同一信访事项。");
}
