using Fazhi.Modules.Education.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Education.Trainings.RecordTraining;

internal sealed class RecordTrainingPage(RecordTrainingHandler handler, TimeProvider clock) : PageModel
{
    public RecordTrainingRequest Form { get; private set; } = null!;

    public void OnGet() => Form = RecordTrainingRequest.Blank(Platform.Time.ChinaTime.Today(clock));

    [WhoMay<TrainingsRecordedByOrganisers>]
    public async Task<IActionResult> OnPostAsync(RecordTrainingRequest form, CancellationToken ct)
    {
        Form = form;
        var t = await handler.HandleAsync(User.ToActor(), form, ct);
        TempData["Flash"] = $"已登记{EducationLabels.Audience(t.Audience)}培训“{t.Topic}”，参训 {t.Participants} 人次。";
        return Redirect($"/workspace/education/trainings?Year={t.HeldOn.Year}");
    }
}
