using Fazhi.Modules.Disputes.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Disputes.Intake.Close;

/// <summary>The step's own page: the form alone (the matter's page embeds it too), and where it posts.</summary>
internal sealed class CloseMatterPage(CloseMatterHandler handler, MatterQueries matters, TownshipDirectory directory, IntakeDesk intake) : PageModel, IStepPage
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public Matter Matter { get; private set; } = null!;

    public FormChoices Choices { get; private set; } = null!;

    public CloseMatterRequest Form { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    [WhoMay<MatterClosedByClerkOrLeader>]
    public async Task<IActionResult> OnPostAsync(CloseMatterRequest form, CancellationToken ct)
    {
        Form = form;
        var matter = await handler.HandleAsync(User.ToActor(), Id, form, ct);
        TempData["Flash"] = "已办结。";
        return Redirect($"/workspace/disputes/matters/{matter.LinkedToId ?? matter.Id}");
    }

    public async Task<bool> LoadAsync(CancellationToken ct)
    {
        var matter = await matters.FindAsync(Id, ct);
        if (matter is null)
        {
            return false;
        }

        Matter = matter;
        Choices = await FormChoices.LoadAsync(directory, matter.TownshipId, intake.Today, ct);
        Form ??= Blank(Choices, intake.Today);
        return true;
    }

    public static CloseMatterRequest Blank(FormChoices choices, DateOnly today) => new(today);
}
