using Fazhi.Modules.Education.Model;
using Fazhi.Modules.Organization;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Education.Publicity.RecordActivity;

/// <summary>
/// The phone entry (issue 15 §5): one short form at 390 px, the cadre's own village preselected and the theme of the
/// day suggested, photos straight from the phone camera.
/// </summary>
internal sealed class RecordActivityPage(RecordActivityHandler handler, EducationQueries queries, TimeProvider clock) : PageModel, IStepPage
{
    public RecordActivityRequest Form { get; private set; } = null!;

    public ActivityFormOptions Options { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var own = await queries.OfUserAsync(User.ToActor().UserId, ct);
        Form = RecordActivityRequest.Blank(Platform.Time.ChinaTime.Today(clock), own?.VillageId);
        return await LoadAsync(ct) ? Page() : NotFound();
    }

    // The parameter is not called "form": the request has a field named Form (形式), and the binder would take that
    // posted field as the parameter's prefix, look for "form.HeldOn" and find nothing.
    [WhoMay<ActivitiesRecordedWhereTheyHappen>]
    public async Task<IActionResult> OnPostAsync(RecordActivityRequest activity, List<IFormFile>? photos, CancellationToken ct)
    {
        Form = activity;
        var uploads = new List<UploadedPhoto>();
        try
        {
            foreach (var photo in (photos ?? []).Where(p => p.Length > 0))
            {
                uploads.Add(new UploadedPhoto(photo.FileName, photo.OpenReadStream()));
            }

            var recorded = await handler.HandleAsync(User.ToActor(), activity, uploads, ct);
            TempData["Flash"] = $"已登记“{recorded.Title}”（{recorded.HeldOn:M月d日}，受教育 {recorded.PeopleReached} 人次，照片 {uploads.Count} 张），已在门户“普法宣传”栏目公开。";
            return Redirect($"/workspace/education/activities/{recorded.Id}");
        }
        finally
        {
            foreach (var upload in uploads)
            {
                await upload.Content.DisposeAsync();
            }
        }
    }

    public async Task<bool> LoadAsync(CancellationToken ct)
    {
        Form ??= RecordActivityRequest.Blank(Platform.Time.ChinaTime.Today(clock), null);
        var townshipId = User.ToActor().TownshipId!.Value;
        Options = new ActivityFormOptions(await queries.VillagesAsync(townshipId, ct), await queries.SchoolsAsync(townshipId, ct), await queries.GroupsAsync(townshipId, ct));
        return true;
    }
}

/// <summary>What the form offers: the township's villages, schools and village groups.</summary>
internal sealed record ActivityFormOptions(IReadOnlyList<Village> Villages, IReadOnlyList<School> Schools, IReadOnlyList<VillageGroup> Groups);
