using Fazhi.Modules.Disputes.Intake;
using Fazhi.Modules.Disputes.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Disputes.Petitions.RequestReview;

/// <summary>The step's own page: the form alone (the record's page embeds it too), and where it posts.</summary>
internal sealed class RequestReviewPage(RequestReviewHandler handler, Fazhi.Modules.Disputes.Petitions.PetitionQueries records, TownshipDirectory directory, IntakeDesk intake) : PageModel, IStepPage
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public Petition Record { get; private set; } = null!;

    public FormChoices Choices { get; private set; } = null!;

    public RequestReviewRequest Form { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    [WhoMay<ReviewRequestRecordedByClerkOrLeader>]
    public async Task<IActionResult> OnPostAsync(RequestReviewRequest form, CancellationToken ct)
    {
        Form = form;
        var record = await handler.HandleAsync(User.ToActor(), Id, form, ct);
        TempData["Flash"] = $"已登记{DisputeLabels.ReviewLevel(form.Level)}请求，{form.Organ}应在30日内提出意见。";
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

    public static RequestReviewRequest Blank(Petition record, FormChoices choices) => new(record.ReviewRequestedOn is null ? ReviewLevel.Review : ReviewLevel.ReReview, choices.Today, "县人民政府");
}
