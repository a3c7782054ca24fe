using System.ComponentModel.DataAnnotations;
using Fazhi.Modules.Documents.Model;
using Fazhi.Platform.Attachments;
using Fazhi.Platform.Data;

namespace Fazhi.Modules.Documents.Deliberation;

public sealed record DeliberationRequest(
    [Required(ErrorMessage = "请填写会议日期。")] DateOnly? MeetingDate,
    [Required(ErrorMessage = "请填写参会人员。"), MaxLength(2000, ErrorMessage = "参会人员不超过 2000 字。")] string Attendees,
    DeliberationDecision Decision,
    [MaxLength(5000, ErrorMessage = "不同意见不超过 5000 字。")] string? DissentingViews,
    [Required(ErrorMessage = "请填写会议纪要。"), MaxLength(50000, ErrorMessage = "会议纪要过长。")] string Minutes);

/// <summary>集体审议: refused unless the current version passed the legality review (115号 (七)).</summary>
internal sealed class DeliberationHandler(FazhiDbContext db, IAttachments attachments, TimeProvider clock)
{
    public const string AudioPurpose = "会议录音";

    public async Task<Model.Deliberation?> RecordAsync(Guid id, DeliberationRequest request, DocumentActor actor, string? audioName, Stream? audio, CancellationToken ct)
    {
        var document = await db.LoadDocumentAsync(id, ct);
        if (document is null)
        {
            return null;
        }

        var deliberation = document.Deliberate(request.MeetingDate!.Value, request.Attendees, request.Decision, request.DissentingViews, request.Minutes, actor, clock.GetUtcNow());
        if (audio is not null && audioName is not null)
        {
            await attachments.AddAsync(document.TownshipId, nameof(Model.Deliberation), deliberation.Id, AudioPurpose, audioName, audio, ct);
        }

        await db.SaveChangesAsync(ct);
        return deliberation;
    }
}
