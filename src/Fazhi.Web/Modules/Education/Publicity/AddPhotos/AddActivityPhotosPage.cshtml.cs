using Fazhi.Modules.Education.Publicity.RecordActivity;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Education.Publicity.AddPhotos;

internal sealed class AddActivityPhotosPage(AddActivityPhotosHandler handler, Fazhi.Platform.Data.FazhiDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    /// <summary>The upload form alone (also on the activity's page); another township's activity does not exist.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken ct) =>
        await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AnyAsync(db.Set<Model.PublicityActivity>(), a => a.Id == Id, ct) ? Page() : NotFound();

    [WhoMay<ActivitiesRecordedWhereTheyHappen>]
    public async Task<IActionResult> OnPostAsync(List<IFormFile>? photos, CancellationToken ct)
    {
        var uploads = (photos ?? []).Where(p => p.Length > 0).Select(p => new UploadedPhoto(p.FileName, p.OpenReadStream())).ToList();
        try
        {
            if (await handler.HandleAsync(User.ToActor(), Id, uploads, ct) is null)
            {
                return NotFound();
            }
        }
        finally
        {
            uploads.ForEach(u => u.Content.Dispose());
        }

        TempData["Flash"] = $"已上传 {uploads.Count} 张照片（已去除位置信息），随活动在门户公开。";
        return Redirect($"/workspace/education/activities/{Id}");
    }
}
