using Fazhi.Modules.Disputes.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Disputes.Intake.Reply;

/// <summary>The step's own page: the form alone (the matter's page embeds it too), and where it posts.</summary>
internal sealed class ReplyMatterPage(ReplyMatterHandler handler, MatterQueries matters, TownshipDirectory directory, IntakeDesk intake) : PageModel, IStepPage
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public Matter Matter { get; private set; } = null!;

    public FormChoices Choices { get; private set; } = null!;

    public ReplyMatterRequest Form { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    [WhoMay<MatterAnsweredByStaff>]
    public async Task<IActionResult> OnPostAsync(ReplyMatterRequest form, CancellationToken ct)
    {
        Form = form;
        var matter = await handler.HandleAsync(User.ToActor(), Id, form, ct);
        TempData["Flash"] = form.Final ? "已答复诉求人，请回访满意度后办结。" : "已记录办理进展。";
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

    public static ReplyMatterRequest Blank(FormChoices choices, DateOnly today) => new("", today, true);
}
