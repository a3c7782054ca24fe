using Fazhi.Modules.Education.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Education.Study.RecordSession;

/// <summary>The sign-in sheet: the register of the day with a tick per person; an unticked person needs a reason.</summary>
internal sealed class RecordStudySessionPage(RecordStudySessionHandler handler, EducationQueries queries, TimeProvider clock) : PageModel, IStepPage
{
    public RecordStudySessionRequest Form { get; private set; } = null!;

    public IReadOnlyList<StaffMember> Register { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Form = RecordStudySessionRequest.Blank(Platform.Time.ChinaTime.Today(clock));
        return await LoadAsync(ct) ? Page() : NotFound();
    }

    [WhoMay<StudyRecordedByClerkOrLeader>]
    public async Task<IActionResult> OnPostAsync(RecordStudySessionRequest form, CancellationToken ct)
    {
        Form = form;
        var session = await handler.HandleAsync(User.ToActor(), form, ct);
        TempData["Flash"] = $"已登记{EducationLabels.Kind(session.Kind)}“{session.Topic}”：应到 {session.Expected} 人，实到 {session.Present} 人。";
        return Redirect($"/workspace/education/study/{session.Id}");
    }

    public async Task<bool> LoadAsync(CancellationToken ct)
    {
        Form ??= RecordStudySessionRequest.Blank(Platform.Time.ChinaTime.Today(clock));
        Register = await queries.ServingOnAsync(User.ToActor().TownshipId!.Value, Form.HeldOn ?? Platform.Time.ChinaTime.Today(clock), ct);
        return true;
    }
}
