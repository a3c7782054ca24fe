using Fazhi.Modules.Disputes.Intake;
using Fazhi.Modules.Disputes.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Disputes.Petitions.AcceptPetition;

/// <summary>The step's own page: the form alone (the record's page embeds it too), and where it posts.</summary>
internal sealed class AcceptPetitionPage(AcceptPetitionHandler handler, Fazhi.Modules.Disputes.Petitions.PetitionQueries records, TownshipDirectory directory, IntakeDesk intake) : PageModel, IStepPage
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public Petition Record { get; private set; } = null!;

    public FormChoices Choices { get; private set; } = null!;

    public AcceptPetitionRequest Form { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    [WhoMay<PetitionAcceptedByClerkOrLeader>]
    public async Task<IActionResult> OnPostAsync(AcceptPetitionRequest form, CancellationToken ct)
    {
        Form = form;
        var record = await handler.HandleAsync(User.ToActor(), Id, form, ct);
        TempData["Flash"] = record.Status == PetitionStatus.Accepted ? $"已受理并书面告知信访人，请于 {record.HandlingDueOn:yyyy-MM-dd} 前办结并出具处理意见书（第三十四条）。可下载受理告知书。" : "已告知信访人通过相应法定程序处理，本事项在信访程序中终结。";
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

    public static AcceptPetitionRequest Blank(Petition record, FormChoices choices) => new(choices.Today, false, PetitionRoute.PetitionHandling, "本机关依照《信访工作条例》第三十一条第六项的规定办理，自受理之日起60日内办结并出具信访处理意见书；情况复杂的，经负责人批准可以延长，延长期限不超过30日，并告知延期理由。");
}
