using Fazhi.Modules.Disputes.Intake;
using Fazhi.Modules.Disputes.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Disputes.Petitions.Register;

internal sealed class RegisterPetitionPage(RegisterPetitionHandler handler, MatterQueries matters, TownshipDirectory directory, IntakeDesk intake) : PageModel, IStepPage
{
    [BindProperty(SupportsGet = true)]
    public Guid? MatterId { get; set; }

    public Matter? Matter { get; private set; }

    public RegisterPetitionRequest Form { get; private set; } = null!;

    public FormChoices Choices { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    [WhoMay<PetitionRegisteredByClerkOrLeader>]
    public async Task<IActionResult> OnPostAsync(RegisterPetitionRequest form, CancellationToken ct)
    {
        Form = form;
        var p = await handler.HandleAsync(User.ToActor(), form, ct);
        TempData["Flash"] = $"已登记信访事项（{p.Number}）。请在收到之日起15日内书面告知信访人是否受理{(p.IsTransferredIn ? "；不属于本镇职权范围的，应在5个工作日内提出异议" : "")}。";
        return Redirect($"/workspace/disputes/petitions/{p.Id}");
    }

    public async Task<bool> LoadAsync(CancellationToken ct)
    {
        Choices = await FormChoices.LoadAsync(directory, User.ToActor().TownshipId!.Value, intake.Today, ct);
        if (MatterId is { } id)
        {
            Matter = await matters.FindAsync(id, ct);
            if (Matter is null)
            {
                return false;
            }
        }

        Form ??= new RegisterPetitionRequest(MatterId, PetitionSource.Direct, null, null, MatterChannel.Visit, MatterCategory.Claim, Matter?.Topic ?? MatterTopic.Other,
            Matter?.Subject, Matter?.Content, null, null, null, null, 1, null, intake.Today);
        return true;
    }
}
