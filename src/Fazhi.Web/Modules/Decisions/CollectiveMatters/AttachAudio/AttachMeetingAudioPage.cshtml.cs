using System.ComponentModel.DataAnnotations;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;

namespace Fazhi.Modules.Decisions.CollectiveMatters.AttachAudio;

internal sealed class AttachMeetingAudioPage(AttachMeetingAudioHandler handler, FazhiDbContext db) : MatterStepPage(db)
{
    public static string PathFor(Guid id) => $"/workspace/decisions/collective-matters/{id}/audio";

    [WhoMay<MatterAudioFiledByClerkOrLeader>]
    public async Task<IActionResult> OnPostAsync([Required(ErrorMessage = "请选择录音文件。")] IFormFile? file, CancellationToken ct)
    {
        await using var stream = file!.OpenReadStream();
        return await handler.HandleAsync(User.ToActor(), Id, file.FileName, stream, ct) is not null
            ? Done($"已归档会议录音“{file.FileName}”。")
            : NotFound();
    }
}
