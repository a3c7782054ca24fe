using Fazhi.Modules.Disputes.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Disputes.Intake.Route;

/// <summary>The step's own page: the form alone (the matter's page embeds it too), and where it posts.</summary>
internal sealed class RouteMatterPage(RouteMatterHandler handler, MatterQueries matters, TownshipDirectory directory, IntakeDesk intake) : PageModel, IStepPage
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public Matter Matter { get; private set; } = null!;

    public FormChoices Choices { get; private set; } = null!;

    public RouteMatterRequest Form { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    [WhoMay<MatterRoutedByClerkOrLeader>]
    public async Task<IActionResult> OnPostAsync(RouteMatterRequest form, CancellationToken ct)
    {
        Form = form;
        var matter = await handler.HandleAsync(User.ToActor(), Id, form, ct);
        TempData["Flash"] = $"已分办到{matter.OfficeName}{(matter.AssigneeName is null ? "" : "（" + matter.AssigneeName + "）")}。承办人办理后在此答复诉求人。";
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

    public static RouteMatterRequest Blank(FormChoices choices, DateOnly today) => new(choices.Offices.Count > 0 ? choices.Offices[0] : "", null, today);
}
