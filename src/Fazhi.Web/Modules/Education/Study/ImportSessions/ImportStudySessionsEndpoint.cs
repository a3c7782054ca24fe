using Fazhi.Modules.Education.Excel;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Education.Study.ImportSessions;

internal static class ImportStudySessionsEndpoint
{
    internal static void MapImportStudySessions(this RouteGroupBuilder group) =>
        group.MapPost("/study-sessions/import", (IFormFile? file, ImportStudySessionsHandler handler, HttpContext http, CancellationToken ct) =>
                UploadedSheet.ImportAsync(file, s => handler.HandleAsync(http.User.ToActor(), s, ct)))
            .WhoMay<StudyRecordedByClerkOrLeader>()
            .WithSummary("导入学法记录台账（Excel；参加人员按名册核对，逐行报告错误）");
}
