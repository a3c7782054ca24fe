using Fazhi.Modules.Disputes.Intake;
using Fazhi.Modules.Disputes.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Disputes.Mediation.Committees.FormCommittee;

internal sealed class FormCommitteePage(FormCommitteeHandler handler, TownshipDirectory directory, IntakeDesk intake) : PageModel, IStepPage
{
    public FormCommitteeRequest Form { get; private set; } = null!;

    public FormChoices Choices { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    [WhoMay<CommitteeFormedByClerkOrLeader>]
    public async Task<IActionResult> OnPostAsync(FormCommitteeRequest form, CancellationToken ct)
    {
        Form = form;
        var c = await handler.HandleAsync(User.ToActor(), form, ct);
        TempData["Flash"] = $"已登记{c.Name}，本届任期至 {c.TermEndsOn:yyyy-MM-dd}，届满前将在待办与预警中提示换届。";
        return Redirect($"/workspace/disputes/mediation/committees/{c.Id}");
    }

    public async Task<bool> LoadAsync(CancellationToken ct)
    {
        var township = await directory.TownshipAsync(User.ToActor().TownshipId!.Value, ct);
        Choices = await FormChoices.LoadAsync(directory, township.Id, intake.Today, ct);
        Form ??= new FormCommitteeRequest($"{township.Name}人民调解委员会", CommitteeLevel.Township, null, intake.Today, CommitteeMemberRequest.BlankRows());
        return true;
    }
}
