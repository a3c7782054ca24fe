using Fazhi.Modules.Education.Excel;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Education.Publicity.ImportActivities;

internal static class ImportActivitiesEndpoint
{
    internal static void MapImportActivities(this RouteGroupBuilder group) =>
        group.MapPost("/activities/import", (IFormFile? file, ImportActivitiesHandler handler, HttpContext http, CancellationToken ct) =>
                UploadedSheet.ImportAsync(file, s => handler.HandleAsync(http.User.ToActor(), s, ct)))
            .WhoMay<ActivitiesRecordedWhereTheyHappen>()
            .WithSummary("导入普法活动台账（Excel；无主题或地点的行不导入，逐行报告）");
}
