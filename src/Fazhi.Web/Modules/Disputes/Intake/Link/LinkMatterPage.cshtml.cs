using Fazhi.Modules.Disputes.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Fazhi.Modules.Disputes.Intake.Link;

/// <summary>The step's own page: the form alone (the matter's page embeds it too), and where it posts.</summary>
internal sealed class LinkMatterPage(LinkMatterHandler handler, MatterQueries matters, TownshipDirectory directory, IntakeDesk intake) : PageModel, IStepPage
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public Matter Matter { get; private set; } = null!;

    public FormChoices Choices { get; private set; } = null!;

    /// <summary>The requester's other matters that could be the first record of this one.</summary>
    public IReadOnlyList<SelectListItem> Candidates { get; private set; } = [];

    public static IReadOnlyList<SelectListItem> CandidateItems(IEnumerable<Matter> sameRequester) =>
        [.. sameRequester.Where(m => m.LinkedToId is null).Select(m => new SelectListItem($"{m.ReceiptNumber} {m.ReceivedOn:yyyy-MM-dd} {m.Subject}", m.Id.ToString()))];

    public LinkMatterRequest Form { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    [WhoMay<MatterLinkedByClerkOrLeader>]
    public async Task<IActionResult> OnPostAsync(LinkMatterRequest form, CancellationToken ct)
    {
        Form = form;
        var matter = await handler.HandleAsync(User.ToActor(), Id, form, ct);
        TempData["Flash"] = "已关联到首次登记的事项，本条不再单独计数。";
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
        Candidates = CandidateItems(await intake.SameRequesterAsync(matter, ct));
        return true;
    }

    public static LinkMatterRequest Blank(FormChoices choices, DateOnly today) => new(null, "");
}
