using Fazhi.Modules.Education.Excel;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Fazhi.Modules.Education.Exams.ImportResults;

internal static class ImportExamResultsEndpoint
{
    internal static void MapImportExamResults(this RouteGroupBuilder group) =>
        group.MapPost("/exams/{id:guid}/results", async Task<Results<Ok<ImportReport>, ValidationProblem, NotFound>> (Guid id, IFormFile? file, ImportExamResultsHandler handler, HttpContext http, CancellationToken ct) =>
            {
                if (file is null || file.Length == 0)
                {
                    return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["file"] = ["请选择省学法考试平台导出的成绩表（.xlsx）。"] }, title: "提交的内容有误");
                }

                await using var stream = file.OpenReadStream();
                using var buffer = new MemoryStream();
                await stream.CopyToAsync(buffer, ct);
                buffer.Position = 0;
                return await handler.HandleAsync(http.User.ToActor(), id, buffer, ct) is { } done ? TypedResults.Ok(done.Report) : TypedResults.NotFound();
            })
            .WhoMay<StudyRecordedByClerkOrLeader>()
            .WithSummary("导入省学法考试平台导出的成绩（Excel；逐行报告错误）");
}
