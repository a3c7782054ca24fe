using Fazhi.Modules.Education.Excel;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Education.Trainings.ImportTrainings;

internal static class ImportTrainingsEndpoint
{
    internal static void MapImportTrainings(this RouteGroupBuilder group) =>
        group.MapPost("/trainings/import", (IFormFile? file, ImportTrainingsHandler handler, HttpContext http, CancellationToken ct) =>
                UploadedSheet.ImportAsync(file, s => handler.HandleAsync(http.User.ToActor(), s, ct)))
            .WhoMay<TrainingsRecordedByOrganisers>()
            .WithSummary("导入法治培训台账（Excel；逐行报告错误）");
}
