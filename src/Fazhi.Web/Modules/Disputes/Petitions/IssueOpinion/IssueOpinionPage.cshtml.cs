using Fazhi.Modules.Disputes.Intake;
using Fazhi.Modules.Disputes.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Disputes.Petitions.IssueOpinion;

/// <summary>The step's own page: the form alone (the record's page embeds it too), and where it posts.</summary>
internal sealed class IssueOpinionPage(IssueOpinionHandler handler, Fazhi.Modules.Disputes.Petitions.PetitionQueries records, TownshipDirectory directory, IntakeDesk intake) : PageModel, IStepPage
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public Petition Record { get; private set; } = null!;

    public FormChoices Choices { get; private set; } = null!;

    public IssueOpinionRequest Form { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    [WhoMay<OpinionIssuedByClerkOrLeader>]
    public async Task<IActionResult> OnPostAsync(IssueOpinionRequest form, CancellationToken ct)
    {
        Form = form;
        var record = await handler.HandleAsync(User.ToActor(), Id, form, ct);
        TempData["Flash"] = $"已出具信访处理意见书（{DisputeLabels.Opinion(record.OpinionResult!.Value)}）{(record.AnsweredOnTime ? "，按期办结" : "，已超过办理期限")}。信访人可自收到之日起30日内请求复查。";
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

    public static IssueOpinionRequest Blank(Petition record, FormChoices choices) => new(choices.Today, OpinionResult.Support, record.Subject, "", "", "《信访工作条例》第三十二条", choices.Today);
}
