using Fazhi.Modules.Disputes.Intake;
using Fazhi.Modules.Disputes.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Disputes.Screening.RecordRound;

internal sealed class RecordRoundPage(RecordRoundHandler handler, TownshipDirectory directory, IntakeDesk intake) : PageModel, IStepPage
{
    public const int FindingRows = 6;

    public RecordRoundRequest Form { get; private set; } = null!;

    public FormChoices Choices { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    [WhoMay<RoundRecordedByClerkOrLeader>]
    public async Task<IActionResult> OnPostAsync(RecordRoundRequest form, CancellationToken ct)
    {
        Form = form;
        var round = await handler.HandleAsync(User.ToActor(), form, ct);
        TempData["Flash"] = $"已登记{round.Area}{round.ConductedOn:yyyy-MM-dd}排查，发现矛盾纠纷{round.Findings.Count}件。待化解的纠纷可转人民调解或由领导包案。";
        return Redirect($"/workspace/disputes/screening/{round.Id}");
    }

    public async Task<bool> LoadAsync(CancellationToken ct)
    {
        Choices = await FormChoices.LoadAsync(directory, User.ToActor().TownshipId!.Value, intake.Today, ct);
        Form ??= new RecordRoundRequest(null, intake.Today, "", null,
            [.. Enumerable.Range(0, FindingRows).Select(_ => new ScreeningFindingRequest(null, MatterTopic.Neighbours, null, FindingStatus.Pending, null, null, null))]);
        return true;
    }
}
