using Fazhi.Modules.Education.Model;
using Fazhi.Modules.Education.Publicity.RecordActivity;
using Fazhi.Platform.Attachments;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Fazhi.Modules.Education.Publicity.AddPhotos;

/// <summary>补传活动照片: photos taken after the activity was recorded, cleaned of EXIF like the first ones.</summary>
internal sealed class AddActivityPhotosHandler(FazhiDbContext db, IAttachments attachments, IOptions<EducationOptions> options)
{
    /// <returns>Null when the activity is not the caller's township's.</returns>
    public async Task<PublicityActivity?> HandleAsync(Actor actor, Guid activityId, IReadOnlyList<UploadedPhoto> photos, CancellationToken ct)
    {
        WhoMayRule.Of<ActivitiesRecordedWhereTheyHappen>().Check(actor);
        if (await db.Set<PublicityActivity>().SingleOrDefaultAsync(a => a.Id == activityId, ct) is not { } activity)
        {
            return null;
        }

        Platform.ErrorHandling.BusinessRule.Check(new PhotosChosen(photos.Count));
        await RecordActivityHandler.AttachAsync(db, attachments, activity, photos, options.Value, ct);
        await db.SaveChangesAsync(ct);
        return activity;
    }
}

internal sealed record PhotosChosen(int Count) : Platform.ErrorHandling.IBusinessRule
{
    public bool IsBroken => Count == 0;

    public string Code => "education.activity.no-photo";

    public string Message => "请选择或拍摄要上传的照片。";

    public string? Field => "Photos";
}
