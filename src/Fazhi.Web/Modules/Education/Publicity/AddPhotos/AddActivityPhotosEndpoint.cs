using Fazhi.Modules.Education.Publicity.RecordActivity;
using Fazhi.Platform.Attachments;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Fazhi.Modules.Education.Publicity.AddPhotos;

internal static class AddActivityPhotosEndpoint
{
    internal static void MapAddActivityPhotos(this RouteGroupBuilder group) =>
        group.MapPost("/activities/{id:guid}/photos", async Task<Results<Ok<IReadOnlyList<AttachmentInfo>>, NotFound>> (Guid id, IFormFileCollection photos, AddActivityPhotosHandler handler, IAttachments attachments, HttpContext http, CancellationToken ct) =>
            {
                var uploads = photos.Where(p => p.Length > 0).Select(p => new UploadedPhoto(p.FileName, p.OpenReadStream())).ToList();
                try
                {
                    return await handler.HandleAsync(http.User.ToActor(), id, uploads, ct) is null
                        ? TypedResults.NotFound()
                        : TypedResults.Ok(await attachments.ForOwnerAsync(id, ct));
                }
                finally
                {
                    uploads.ForEach(u => u.Content.Dispose());
                }
            })
            .WhoMay<ActivitiesRecordedWhereTheyHappen>()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("上传活动照片（multipart，字段 photos；保存前去除 EXIF 位置信息）");
}
