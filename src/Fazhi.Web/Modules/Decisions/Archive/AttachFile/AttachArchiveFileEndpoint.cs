using Fazhi.Modules.Decisions.Record;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Fazhi.Modules.Decisions.Archive.AttachFile;

internal static class AttachArchiveFileEndpoint
{
    internal static void MapAttachArchiveFile(this RouteGroupBuilder group) =>
        group.MapPost("/{id:guid}/attachments", async Task<Results<Ok<DecisionResponse>, NotFound, ValidationProblem>> (Guid id, IFormFile? file, [FromForm] string? purpose,
                AttachArchiveFileHandler handler, FazhiDbContext db, HttpContext http, CancellationToken ct) =>
            {
                // A multipart form is not validated by AddValidation: the file and its purpose are checked here.
                if (file is null || string.IsNullOrWhiteSpace(purpose))
                {
                    return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["file"] = ["请选择文件并填写材料用途（如会议录音、风险评估报告）。"] });
                }

                await using var stream = file.OpenReadStream();
                return await handler.HandleAsync(http.User.ToActor(), id, new AttachArchiveFileRequest(purpose), file.FileName, stream, ct) is { } decision
                    ? TypedResults.Ok(await DecisionResponse.ForAsync(db, decision, ct))
                    : TypedResults.NotFound();
            })
            .WhoMay<ArchiveFilesAddedByClerkLeaderOrAdvisor>()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("上传决策材料或会议录音（第33条；表单须带防伪令牌）");
}
