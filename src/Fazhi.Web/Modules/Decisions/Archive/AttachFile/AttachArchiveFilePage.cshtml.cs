using System.ComponentModel.DataAnnotations;
using Fazhi.Modules.Decisions.Model;
using Fazhi.Modules.Decisions.Record;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;

namespace Fazhi.Modules.Decisions.Archive.AttachFile;

internal sealed class AttachArchiveFilePage(AttachArchiveFileHandler handler, FazhiDbContext db, TimeProvider clock) : DecisionStepPage<AttachArchiveFileRequest>(db, clock)
{
    public static string PathFor(Guid id) => $"/workspace/decisions/{id}/archive/files/new";

    protected override AttachArchiveFileRequest BlankFor(MajorDecision decision, DateOnly today) => AttachArchiveFileHandler.BlankFor(decision, today);

    [WhoMay<ArchiveFilesAddedByClerkLeaderOrAdvisor>]
    public async Task<IActionResult> OnPostAsync(AttachArchiveFileRequest request, [Required(ErrorMessage = "请选择文件。")] IFormFile? file, CancellationToken ct)
    {
        await using var stream = file!.OpenReadStream();
        return await handler.HandleAsync(User.ToActor(), Id, request, file.FileName, stream, ct) is { } decision
            ? Done($"已将“{file.FileName}”归入决策档案（{request.Purpose.Trim()}），并计算了 SHA-256 校验值。")
            : NotFound();
    }
}
